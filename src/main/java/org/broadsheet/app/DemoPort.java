package org.broadsheet.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.demo.DemoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the demo corpus server on the port it had in the last run on the same data folder, so that the article and
 * image addresses stored then keep working after a restart; a port that is taken now (or none remembered) gives a
 * free one, which is then remembered in {@code DATA/demo-port}.
 */
final class DemoPort {
    private static final Logger log = LoggerFactory.getLogger(DemoPort.class);
    private static final String FILE = "demo-port";

    private DemoPort() {}

    static DemoServer start(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        int remembered = read(file);
        DemoServer server = null;
        if (remembered > 0) {
            try {
                server = DemoServer.start(remembered);
            } catch (UncheckedIOException e) {
                log.info("demo port {} of the last run is taken; the demo server takes another", remembered);
            }
        }
        if (server == null) {
            server = DemoServer.start(0);
        }
        write(file, server.baseUri().getPort());
        return server;
    }

    private static int read(Path file) {
        try {
            return Integer.parseInt(
                    Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static void write(Path file, int port) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Integer.toString(port), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            log.warn("could not remember the demo port in {}", file, e);
        }
    }
}
