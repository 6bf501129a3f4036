package org.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Pages of one search are a stable partition of one ranking: over random corpora (a small vocabulary, so that many
 * articles tie, and small random vectors, so that many are also found by meaning), walking the pages at any page size
 * lists every result once, in the order one big page lists them, with the same total on every page.
 */
class SearchPagingProperties {
    static final List<String> VOCABULARY =
            List.of("river", "council", "flood", "budget", "bridge", "vote", "school", "harbour", "market");
    static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    @Property(tries = 25)
    void pagesPartitionOneRanking(
            @ForAll @IntRange(min = 20, max = 260) int articles,
            @ForAll @IntRange(min = 1, max = 40) int pageSize,
            @ForAll long seed,
            @ForAll boolean newest)
            throws IOException {
        Path dir = Files.createTempDirectory("paging");
        try (SearchIndex index = SearchIndex.lucene(dir)) {
            Random random = new Random(seed);
            for (int id = 1; id <= articles; id++) {
                String title = words(random, 2 + random.nextInt(4));
                String text = words(random, 5 + random.nextInt(20));
                index.put(new IndexedArticle(
                        id,
                        "hash-" + id,
                        1 + random.nextInt(3),
                        "Outlet",
                        "GB",
                        "en",
                        T0.plusSeconds(3600L * random.nextInt(5)), // few distinct times: ties when sorting by time
                        title,
                        text,
                        text,
                        unitVector(random)));
            }
            index.commit();
            Search search = new Search(index, text -> unitVector(new Random(text.hashCode())));
            SearchRequest.Sort sort = newest ? SearchRequest.Sort.NEWEST : SearchRequest.Sort.RELEVANCE;
            String query = "river council";

            List<Long> walked = walk(search, query, sort, pageSize);
            List<Long> reference = walk(search, query, sort, 100);

            // Small pages reach only MAX_PAGE pages into the ranking; what they list is the ranking's beginning.
            assertThat(new HashSet<>(walked)).as("no article listed twice").hasSameSizeAs(walked);
            assertThat(walked)
                    .as("the same order at every page size")
                    .isEqualTo(reference.subList(0, Math.min(reference.size(), pageSize * SearchRequest.MAX_PAGE)));
            assertThat(reference).as("every article with both words").containsAll(matching(seed, articles));
        } finally {
            delete(dir);
        }
    }

    /** Every page of a search at {@code pageSize}, concatenated; checks that each page gives the same total. */
    private static List<Long> walk(Search search, String query, SearchRequest.Sort sort, int pageSize) {
        List<Long> ids = new ArrayList<>();
        Set<Long> totals = new HashSet<>();
        for (int page = 1; page <= SearchRequest.MAX_PAGE; page++) {
            SearchResults r =
                    search.search(new SearchRequest(query, null, null, null, null, null, sort, page, pageSize));
            totals.add(r.total());
            r.hits().forEach(h -> ids.add(h.id()));
            if (!r.hasMore()) {
                break;
            }
        }
        assertThat(totals).as("one total on every page").hasSize(1);
        return ids;
    }

    /** The ids of the articles whose title or text holds both query words, regenerated from the seed. */
    private static List<Long> matching(long seed, int articles) {
        Random random = new Random(seed);
        List<Long> ids = new ArrayList<>();
        for (int id = 1; id <= articles; id++) {
            String title = words(random, 2 + random.nextInt(4));
            String text = words(random, 5 + random.nextInt(20));
            random.nextInt(3);
            random.nextInt(5);
            unitVector(random);
            List<String> all = List.of((title + " " + text).split(" "));
            if (all.contains("river") && all.contains("council")) {
                ids.add((long) id);
            }
        }
        return ids;
    }

    private static String words(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
        }
        return String.join(" ", words);
    }

    /** A random direction in four dimensions, where random pairs are often similar enough to count as a match. */
    private static float[] unitVector(Random random) {
        float[] v = new float[4];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
