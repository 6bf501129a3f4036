package org.broadsheet.ai;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Briefs a story from its coverage. Each article's key sentences are embedded and grouped across outlets by
 * similarity; a group is a point, cited by the outlets whose sentences fall in it, and the points most outlets make
 * come first. Two outlets' sentences about the same thing (similar enough to be grouped) whose figures differ are
 * shown as differing accounts. Thread-safe.
 */
public final class StoryBriefer {
    private static final double SAME_POINT = 0.62;
    private static final int POINTS = 5;
    private static final int DIFFERENCES = 3;
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d,.]*\\d|\\d");

    private final Embedder embedder;
    private final Summarizer summarizer;

    public StoryBriefer(Embedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.summarizer = new Summarizer(embedder);
    }

    private record Said(int article, String outlet, String title, String sentence, float[] vector, double weight) {}

    /** The briefing of {@code coverage} (one entry per article; an outlet may appear more than once). */
    public Briefing brief(List<Coverage> coverage) {
        List<Said> said = new ArrayList<>();
        for (int a = 0; a < coverage.size(); a++) {
            Coverage c = coverage.get(a);
            Summary summary = summarizer.summarize(c.title(), c.text());
            List<String> points = summary.keyPoints();
            List<float[]> vectors = embedder.embedAll(points);
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
