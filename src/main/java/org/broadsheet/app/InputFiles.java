package org.broadsheet.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The files named on a command line: a path, {@code -} for standard input, a name ending in {@code .gz} read
 * decompressed. Reads are bounded, so that a huge file or a compressed bomb costs at most the limit.
 */
final class InputFiles {
    private InputFiles() {}

    /**
     * Reads at most {@code maxBytes} of {@code file}, after decompression for {@code .gz}; {@code stdin} stands for
     * {@code -}. A caller that must tell a file at the limit from a longer one asks for one byte more.
     */
    static byte[] read(String file, InputStream stdin, int maxBytes) throws IOException {
        if (file.equals("-")) {
            return stdin.readNBytes(maxBytes);
        }
        try (InputStream raw = Files.newInputStream(Path.of(file));
                InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return in.readNBytes(maxBytes);
        }
    }

    /** Why {@code e} kept a file from being read, on one line: "no such file", "permission denied" or its message. */
    static String reason(IOException e) {
        return switch (e) {
            case NoSuchFileException missing -> "no such file";
            case AccessDeniedException denied -> "permission denied";
            default -> oneLine(e);
        };
    }

    /** The message of {@code e} on one line, or its class name when it has none. */
    static String oneLine(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.replace('\n', ' ');
    }
}
