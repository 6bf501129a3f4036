package org.broadsheet.ai;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.store.Article;
import org.jspecify.annotations.Nullable;

/**
 * Briefs a story from its coverage. Each article's key sentences are embedded and grouped across outlets by
 * similarity; a group is a point, cited by the outlets whose sentences fall in it, and the points most outlets make
 * come first. Two outlets' sentences about the same thing (similar enough to be grouped) whose figures differ are
 * shown as differing accounts. Given the {@link ArticleAssistant}, stored articles' summaries and sentence vectors are
 * reused rather than computed again, and the latest briefings are kept by their articles' versions, so that rendering
 * a story page again embeds nothing. Thread-safe.
 */
public final class StoryBriefer {
    private static final double SAME_POINT = 0.62;
    private static final int POINTS = 5;
    private static final int DIFFERENCES = 3;
    private static final int BRIEFINGS_KEPT = 64;
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d,.]*\\d|\\d");

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

    private record Said(int article, String outlet, String title, String sentence, float[] vector, double weight) {}

    /** The briefing of {@code coverage} (one entry per article; an outlet may appear more than once). */
    public Briefing brief(List<Coverage> coverage) {
        List<String> key = versionKey(coverage);
        if (key != null) {
            Briefing known = briefed.getIfPresent(key);
            if (known != null) {
                return known;
            }
        }
        Briefing briefing = compute(coverage);
        if (key != null) {
            briefed.put(key, briefing);
        }
        return briefing;
    }

    /** The outlets, article ids and content hashes of stored coverage; null when some of it is text only. */
    private @Nullable List<String> versionKey(List<Coverage> coverage) {
        if (assistant == null) {
            return null;
        }
        List<String> key = new ArrayList<>();
        for (Coverage c : coverage) {
            Article article = c.article();
            if (article == null) {
                return null;
            }
            key.add(c.outlet() + "\u0000" + article.id() + "\u0000" + article.contentHash());
        }
        return key;
    }

    private Briefing compute(List<Coverage> coverage) {
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
            for (int i = 0; i < points.size(); i++) {
                boolean inTldr =
                        summary.tldrSentences().contains(summary.sentences().get(i));
                said.add(new Said(a, c.outlet(), c.title(), points.get(i), vectors.get(i), inTldr ? 1.5 : 1.0));
            }
        }
        List<List<Said>> groups = group(said);
        groups.sort(Comparator.<List<Said>>comparingInt(g -> -outlets(g).size())
                .thenComparingDouble(g -> -g.stream().mapToDouble(Said::weight).sum()));
        List<Briefing.Point> points = new ArrayList<>();
        for (List<Said> g : groups.subList(0, Math.min(POINTS, groups.size()))) {
            points.add(new Briefing.Point(representative(g).sentence(), List.copyOf(outlets(g))));
        }
        return new Briefing(points.isEmpty() ? "" : points.getFirst().text(), points, differences(groups));
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

    private static List<Briefing.Difference> differences(List<List<Said>> groups) {
        List<Briefing.Difference> differences = new ArrayList<>();
        for (List<Said> g : groups) {
            for (int i = 0; i < g.size() && differences.size() < DIFFERENCES; i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    Said a = g.get(i);
                    Said b = g.get(j);
                    if (!a.outlet().equals(b.outlet()) && figuresDiffer(a.sentence(), b.sentence())) {
                        differences.add(new Briefing.Difference(List.of(
                                new Briefing.Account(a.outlet(), a.title(), a.sentence()),
                                new Briefing.Account(b.outlet(), b.title(), b.sentence()))));
                        break;
                    }
                }
            }
        }
        return differences;
    }

    /** Both sentences give figures, and neither's figures are all among the other's. */
    static boolean figuresDiffer(String a, String b) {
        Set<String> x = figures(a);
        Set<String> y = figures(b);
        return !x.isEmpty() && !y.isEmpty() && !x.containsAll(y) && !y.containsAll(x);
    }

    private static Set<String> figures(String s) {
        Set<String> figures = new LinkedHashSet<>();
        Matcher m = FIGURE.matcher(s);
        while (m.find()) {
            figures.add(m.group().replace(",", ""));
        }
        return figures;
    }
}
