package org.broadsheet.ai;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.broadsheet.store.Article;
import org.jspecify.annotations.Nullable;

/**
 * Briefs a story from its coverage. Each article's key sentences are embedded and grouped across outlets by
 * similarity; a group is a point, cited by the outlets whose sentences fall in it, and the points most outlets make
 * come first. Two outlets' sentences about the same thing (similar enough to be grouped) that give different values
 * for the same quantity are shown as differing accounts, each sentence once. The briefing is written in the reader's
 * language: its sentences come from the coverage in that language (or of unknown language), and only when there is
 * none from the coverage's most common language, which it then names. Given the {@link ArticleAssistant}, stored articles' summaries and sentence vectors are
 * reused rather than computed again, and the latest briefings are kept by their articles' versions, so that rendering
 * a story page again embeds nothing. Thread-safe.
 */
public final class StoryBriefer {
    private static final double SAME_POINT = 0.62;
    private static final int POINTS = 5;
    private static final int DIFFERENCES = 3;
    private static final int BRIEFINGS_KEPT = 64;

    /**
     * The language readers of this site read: its pages are in English ({@code layout.jte}); a site in another
     * language, or an edition of it, asks with {@link #brief(List, String)}.
     */
    public static final String SITE_LANGUAGE = "en";

    private final Embedder embedder;
    private final Summarizer summarizer;
    private final @Nullable ArticleAssistant assistant;
    private final Cache<List<String>, Briefing> briefed =
            Caffeine.newBuilder().maximumSize(BRIEFINGS_KEPT).build();

    /** A briefer that summarises and embeds every article's text each time it briefs. */
    public StoryBriefer(Embedder embedder) {
        this(embedder, null);
    }

    /**
     * A briefer that takes stored articles' summaries and sentence vectors from {@code assistant} (computing and
     * storing them once when missing), and keeps the latest briefings by their articles' versions.
     */
    public StoryBriefer(Embedder embedder, @Nullable ArticleAssistant assistant) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.summarizer = new Summarizer(embedder);
        this.assistant = assistant;
    }

    private record Said(
            int article,
            String outlet,
            String title,
            String sentence,
            float[] vector,
            double weight,
            boolean readable) {}

    /**
     * The briefing of {@code coverage} (one entry per article; an outlet may appear more than once) in the site's
     * language, {@link #SITE_LANGUAGE}.
     */
    public Briefing brief(List<Coverage> coverage) {
        return brief(coverage, SITE_LANGUAGE);
    }

    /** The briefing of {@code coverage} written for readers of {@code language} (ISO 639-1). */
    public Briefing brief(List<Coverage> coverage, String language) {
        List<String> key = versionKey(coverage, language);
        if (key != null) {
            Briefing known = briefed.getIfPresent(key);
            if (known != null) {
                return known;
            }
        }
        Briefing briefing = compute(coverage, writtenIn(coverage, language));
        if (key != null) {
            briefed.put(key, briefing);
        }
        return briefing;
    }

    /**
     * The reader's language with the outlets, article ids and content hashes of stored coverage; null when some of it
     * is text only.
     */
    private @Nullable List<String> versionKey(List<Coverage> coverage, String language) {
        if (assistant == null) {
            return null;
        }
        List<String> key = new ArrayList<>();
        key.add(language);
        for (Coverage c : coverage) {
            Article article = c.article();
            if (article == null) {
                return null;
            }
            key.add(c.outlet() + "\u0000" + article.id() + "\u0000" + article.contentHash());
        }
        return key;
    }

    /**
     * The language the briefing is written in: the reader's when some coverage is in it (or of unknown language),
     * else the most common language of the coverage.
     */
    private static @Nullable String writtenIn(List<Coverage> coverage, String reader) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Coverage c : coverage) {
            String language = c.language();
            if (language == null || language.equalsIgnoreCase(reader)) {
                return reader;
            }
            counts.merge(language.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(reader);
    }

    private Briefing compute(List<Coverage> coverage, @Nullable String language) {
        List<Said> said = new ArrayList<>();
        for (int a = 0; a < coverage.size(); a++) {
            Coverage c = coverage.get(a);
            Summary summary;
            List<float[]> vectors;
            Article article = c.article();
            if (assistant != null && article != null) {
                ArticleAssistant.PointVectors stored = assistant.pointVectors(article);
                summary = stored.summary();
                vectors = stored.vectors();
            } else {
                summary = summarizer.summarize(c.title(), c.text());
                vectors = embedder.embedAll(summary.keyPoints());
            }
            List<String> points = summary.keyPoints();
            boolean readable = c.language() == null || c.language().equalsIgnoreCase(language);
            for (int i = 0; i < points.size(); i++) {
                boolean inTldr =
                        summary.tldrSentences().contains(summary.sentences().get(i));
                said.add(new Said(
                        a, c.outlet(), c.title(), points.get(i), vectors.get(i), inTldr ? 1.5 : 1.0, readable));
            }
        }
        List<List<Said>> groups = group(said);
        groups.sort(Comparator.<List<Said>>comparingInt(g -> -outlets(g).size())
                .thenComparingDouble(g -> -g.stream().mapToDouble(Said::weight).sum()));
        List<Briefing.Point> points = new ArrayList<>();
        for (List<Said> g : groups) {
            List<Said> readable = g.stream().filter(Said::readable).toList();
            if (points.size() == POINTS || readable.isEmpty()) {
                continue;
            }
            points.add(new Briefing.Point(representative(readable).sentence(), List.copyOf(outlets(g))));
        }
        return new Briefing(points.isEmpty() ? "" : points.getFirst().text(), points, differences(groups), language);
    }

    /** Greedy grouping: each sentence joins the first group whose first sentence it is similar enough to. */
    private static List<List<Said>> group(List<Said> said) {
        List<List<Said>> groups = new ArrayList<>();
        for (Said s : said) {
            List<Said> home = null;
            for (List<Said> g : groups) {
                if (Embedder.similarity(s.vector(), g.getFirst().vector()) >= SAME_POINT) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(s);
        }
        return groups;
    }

    private static Set<String> outlets(List<Said> group) {
        Set<String> outlets = new LinkedHashSet<>();
        group.forEach(s -> outlets.add(s.outlet()));
        return outlets;
    }

    /** The sentence closest to all the others of its group; the shorter wins a tie. */
    private static Said representative(List<Said> group) {
        Said best = group.getFirst();
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Said s : group) {
            double score = 0;
            for (Said t : group) {
                score += Embedder.similarity(s.vector(), t.vector());
            }
            score = score * s.weight() - s.sentence().length() / 10_000.0;
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best;
    }

    /** Pairs of readable sentences from different outlets in one group that contradict, each sentence shown once. */
    private static List<Briefing.Difference> differences(List<List<Said>> groups) {
        List<Briefing.Difference> differences = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (List<Said> g : groups) {
            List<Said> readable = g.stream().filter(Said::readable).toList();
            for (int i = 0; i < readable.size() && differences.size() < DIFFERENCES; i++) {
                Said a = readable.get(i);
                for (int j = i + 1; j < readable.size() && !shown.contains(normal(a.sentence())); j++) {
                    Said b = readable.get(j);
                    if (!a.outlet().equals(b.outlet())
                            && !shown.contains(normal(b.sentence()))
                            && !normal(a.sentence()).equals(normal(b.sentence()))
                            && Figures.contradict(a.sentence(), b.sentence())) {
                        differences.add(new Briefing.Difference(List.of(
                                new Briefing.Account(a.outlet(), a.title(), a.sentence()),
                                new Briefing.Account(b.outlet(), b.title(), b.sentence()))));
                        shown.add(normal(a.sentence()));
                        shown.add(normal(b.sentence()));
                    }
                }
            }
        }
        return differences;
    }

    /** A sentence as compared for repeats: letters and digits only, lower-cased. */
    private static String normal(String sentence) {
        return sentence.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
