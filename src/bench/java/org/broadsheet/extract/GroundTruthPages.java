package org.broadsheet.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads a corpus in the layout of the shared news-extraction sets: {@code ground-truth.jsonl}, one JSON object per
 * page with {@code id}, {@code url} (may be null), {@code title} and {@code text} (the gold body, without the title),
 * and the page as {@code html/<id>.html.gz}. The bytes are decoded as Broadsheet decodes a fetched page (byte order
 * mark, then {@code <meta charset>}, else UTF-8), so every extractor gets the same text.
 */
final class GroundTruthPages {
    /** The file that marks this layout. */
    static final String FILE = "ground-truth.jsonl";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GroundTruthPages() {}

    /** Every page listed in {@code dir}'s {@code ground-truth.jsonl} whose HTML is present, in file order. */
    static List<ExtractionBenchmark.Page> read(Path dir) throws IOException {
        List<ExtractionBenchmark.Page> pages = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode gold = JSON.readTree(line);
                String id = gold.path("id").asText();
                Path html = dir.resolve("html").resolve(id + ".html.gz");
                if (id.isEmpty() || !Files.isRegularFile(html)) {
                    continue;
                }
                ObjectNode metadata = JSON.createObjectNode();
                if (gold.path("title").isTextual()) {
                    metadata.put("title", gold.path("title").asText());
                }
                pages.add(new ExtractionBenchmark.Page(
                        id, decode(html), gold.path("text").asText(), url(gold.path("url")), metadata));
            }
        }
        return pages;
    }

    private static String decode(Path gzipped) throws IOException {
        byte[] body;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipped))) {
            body = in.readAllBytes();
        }
        CharsetSniffer.Detected detected = CharsetSniffer.detect(body, body.length, null);
        return new String(body, detected.skip(), body.length - detected.skip(), detected.charset());
    }

    /** The page's own address when the gold names a valid absolute one, else the harness's fake address. */
    private static URI url(JsonNode node) {
        if (node.isTextual()) {
            try {
                URI uri = new URI(node.asText());
                if (uri.isAbsolute()) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // A malformed address only costs relative links; the page is still scored.
            }
        }
        return ExtractionBenchmark.PAGE_URL;
    }
}
