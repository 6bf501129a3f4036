package org.broadsheet.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the corpus's tokens: {@code {{base}}} with the server's base URL (no trailing slash) and
 * {@code {{time:MINUTES:FORMAT}}} with the instant MINUTES from "now" (negative = in the past), truncated to the
 * minute, in UTC. FORMAT is one of iso, rfc822, human, human-us, human-de, human-fr; see docs/demo-corpus.md.
 */
final class DemoTokens {
    private static final Pattern TOKEN = Pattern.compile("\\{\\{(?:(base)|time:([-+]?\\d{1,6}):([a-z0-9-]+))}}");
    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.UK);
    private static final DateTimeFormatter HUMAN_US =
            DateTimeFormatter.ofPattern("MMMM d, yyyy, h:mm a 'UTC'", Locale.US);
    private static final DateTimeFormatter HUMAN_DE =
            DateTimeFormatter.ofPattern("d. MMMM yyyy, HH:mm 'Uhr (UTC)'", Locale.GERMAN);
    private static final DateTimeFormatter HUMAN_FR =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm 'UTC'", Locale.FRENCH);

    private final String base;
    private final Instant now;

    /** Tokens for a server at {@code base} (such as "http://127.0.0.1:8080") started at {@code now}. */
    DemoTokens(String base, Instant now) {
        if (base.endsWith("/")) {
            throw new IllegalArgumentException("base must not end with '/': " + base);
        }
        this.base = base;
        this.now = now.truncatedTo(ChronoUnit.MINUTES);
    }

    /** The text with every token replaced; throws {@link IllegalArgumentException} on an unknown time format. */
    String substitute(String text) {
        Matcher matcher = TOKEN.matcher(text);
        return matcher.replaceAll(token -> Matcher.quoteReplacement(valueOf(token)));
    }

    private String valueOf(MatchResult token) {
        if (token.group(1) != null) {
            return base;
        }
        Instant at = now.plus(Duration.ofMinutes(Long.parseLong(token.group(2))));
        return format(at, token.group(3));
    }

    private static String format(Instant at, String format) {
        return switch (format) {
            case "iso" -> DateTimeFormatter.ISO_INSTANT.format(at);
            case "rfc822" -> DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));
            case "human" -> HUMAN.format(at.atZone(ZoneOffset.UTC));
            case "human-us" -> HUMAN_US.format(at.atZone(ZoneOffset.UTC));
            case "human-de" -> HUMAN_DE.format(at.atZone(ZoneOffset.UTC));
            case "human-fr" -> HUMAN_FR.format(at.atZone(ZoneOffset.UTC));
            default ->
                throw new IllegalArgumentException(
                        "unknown time format '" + format + "': use iso, rfc822, human, human-us, human-de or human-fr");
        };
    }
}
