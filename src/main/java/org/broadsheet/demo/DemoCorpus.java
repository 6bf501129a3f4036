package org.broadsheet.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The demo corpus's outlets ({@code demo/sources.json}) and answer key ({@code demo/answer-key.jsonl}). */
public final class DemoCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoCorpus() {}

    /**
     * One fictional outlet as listed in {@code demo/sources.json}; paths are relative to the demo server's root.
     *
     * @param feedFormat "rss", "atom" or "jsonfeed"
     * @param display "full" or "excerpt"
     */
    public record Outlet(
            String name,
            String slug,
            String homepagePath,
            String feedPath,
            String feedFormat,
            String country,
            String language,
            String display) {}

    /** The outlets in the order of {@code sources.json}. */
    public static List<Outlet> outlets() {
        return Loaded.OUTLETS;
    }

    /** One entry per article that appears in any demo feed, in the order of {@code answer-key.jsonl}. */
    public static List<AnswerKeyEntry> answerKey() {
        return Loaded.ANSWER_KEY;
    }

    /** Loads both files once, on first use. */
    private static final class Loaded {
        static final List<Outlet> OUTLETS = readOutlets();
        static final List<AnswerKeyEntry> ANSWER_KEY = readAnswerKey();

        private static List<Outlet> readOutlets() {
            try (InputStream in = open("demo/sources.json")) {
                return List.copyOf(JSON.readValue(in, new TypeReference<List<Outlet>>() {}));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read demo/sources.json", e);
            }
        }

        private static List<AnswerKeyEntry> readAnswerKey() {
            List<AnswerKeyEntry> entries = new ArrayList<>();
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(open("demo/answer-key.jsonl"), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        entries.add(JSON.readValue(line, AnswerKeyEntry.class));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read demo/answer-key.jsonl", e);
            }
            return List.copyOf(entries);
        }

        private static InputStream open(String resource) throws IOException {
            InputStream in = DemoCorpus.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("missing classpath resource " + resource);
            }
            return in;
        }
    }
}
