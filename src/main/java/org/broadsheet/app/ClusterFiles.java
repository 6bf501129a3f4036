package org.broadsheet.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.broadsheet.story.ClusterFile;
import org.broadsheet.story.LabelledArticle;

/** Reads the JSON Lines file of {@code cluster} and {@code bench cluster}: a path, {@code -} or a {@code .gz}. */
final class ClusterFiles {
    private ClusterFiles() {}

    static List<LabelledArticle> read(String file, InputStream stdin, boolean requireCluster) throws IOException {
        if (file.equals("-")) {
            return ClusterFile.read(reader(stdin), requireCluster);
        }
        try (InputStream raw = Files.newInputStream(Path.of(file));
                InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return ClusterFile.read(reader(in), requireCluster);
        }
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
