package org.broadsheet.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Broadsheet's logging set-up, found by logback through {@code META-INF/services}: structured lines on standard error
 * (key-value pairs such as source_id, url and reason follow each message), quiet libraries, and the level from
 * {@code BROADSHEET_LOG_LEVEL} (default INFO).
 *
 * <p>It is code rather than a {@code logback.xml} because reading the XML cost every command about a quarter of a
 * second at start. An operator's own file still wins: with {@code -Dlogback.configurationFile=FILE} (through
 * {@code BROADSHEET_JAVA_OPTS}), or a {@code logback-test.xml} on the class path as in the tests, logback reads that.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg %kvp{DOUBLE}%n%ex{short}";

    /** Library loggers and the level below which they are not shown. */
    private static final Map<String, Level> QUIET = Map.of(
            "org.eclipse.jetty", Level.WARN,
            "io.javalin", Level.WARN,
            "com.zaxxer.hikari", Level.WARN,
            "org.flywaydb", Level.WARN,
            // The tokenizer library looks for a GPU we never use and warns that it found none.
            "ai.djl", Level.ERROR);

    /** Created by logback's service loader. */
    public LogConfigurator() {}

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context, setting("BROADSHEET_LOG_LEVEL"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets up {@code context}: one appender on standard error, the root at {@code level} (INFO when null or unknown). */
    static void apply(LoggerContext context, @Nullable String level) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(level, Level.INFO));
        root.addAppender(stderr);
        QUIET.forEach((name, quietLevel) -> context.getLogger(name).setLevel(quietLevel));
    }

    /** A system property, else the environment variable of that name, as logback's own substitution looks them up. */
    private static @Nullable String setting(String name) {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    }
}
