package org.broadsheet.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.broadsheet.search.Neighbours.Candidate;
import org.broadsheet.search.Neighbours.Term;

/**
 * Related articles: candidates close in meaning or sharing names, ranked by a blend of embedding similarity (0.6),
 * shared names (0.25) and shared keywords (0.15), damped by how far apart in time they appeared, then picked for
 * diversity: no near-copies (syndicated or re-published versions of the same text), at most two per outlet.
 */
public final class RelatedArticles {
    /** Articles shown under one article at most. */
    public static final int LIMIT = 6;

    static final int CANDIDATES = 40;
    static final int PER_OUTLET = 2;
    /** Below this blended score a candidate is not related enough to show, even if the list stays short. */
    static final double MIN_SCORE = 0.30;
    /** Above this cosine similarity two texts are copies of each other, not related coverage. */
    static final float COPY_SIMILARITY = 0.96f;

    private static final Duration DECAY = Duration.ofDays(3);
    private static final int EXCERPT = 180;

    private final SearchIndex index;

    public RelatedArticles(SearchIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** Up to {@link #LIMIT} articles related to {@code articleId}, best first; none when it is not indexed yet. */
    public List<Related> of(long articleId) {
        return index.neighbours(articleId, CANDIDATES).map(this::pick).orElse(List.of());
    }

    private List<Related> pick(Neighbours n) {
        Candidate self = n.self();
        Map<Candidate, Double> scores = new HashMap<>();
        for (Candidate c : n.candidates()) {
            scores.put(c, score(self, c));
        }
        List<Candidate> ranked = new ArrayList<>(n.candidates());
        ranked.sort(Comparator.comparing((Candidate c) -> scores.get(c)).reversed());
        List<Related> chosen = new ArrayList<>();
        List<String> chosenTitles = new ArrayList<>(List.of(normalTitle(self.title())));
        Map<Long, Integer> perOutlet = new HashMap<>();
        for (Candidate c : ranked) {
            if (chosen.size() == LIMIT || scores.get(c) < MIN_SCORE) {
                break;
            }
            String title = normalTitle(c.title());
            if (c.similarity() >= COPY_SIMILARITY || chosenTitles.contains(title)) {
                continue;
            }
            if (perOutlet.getOrDefault(c.sourceId(), 0) >= PER_OUTLET) {
                continue;
            }
            perOutlet.merge(c.sourceId(), 1, Integer::sum);
            chosenTitles.add(title);
            chosen.add(new Related(
                    c.id(),
                    c.sourceId(),
                    c.outlet(),
                    c.title(),
                    Snippets.clip(c.excerpt(), EXCERPT),
                    c.time(),
                    why(self, c)));
        }
        return chosen;
    }

    static double score(Candidate self, Candidate c) {
        double meaning = Math.max(0, c.similarity());
        double names = Math.min(1, shared(self.entities(), c.entities()).size() / 3.0);
        double words = Math.min(1, shared(self.keywords(), c.keywords()).size() / 4.0);
        double hours = Math.abs(Duration.between(self.time(), c.time()).toMinutes()) / 60.0;
        double recency = 0.5 + 0.5 * Math.exp(-hours / DECAY.toHours());
        return (0.6 * meaning + 0.25 * names + 0.15 * words) * recency;
    }

    /** One line on what the two share: names first, then topics, else closeness in meaning. */
    static String why(Candidate self, Candidate c) {
        List<String> names = shared(self.entities(), c.entities());
        if (!names.isEmpty()) {
            return "Both mention " + list(names);
        }
        List<String> words = shared(self.keywords(), c.keywords());
        if (!words.isEmpty()) {
            return "Also about " + list(words);
        }
        return "Close in meaning to this article";
    }

    /** The labels (as this article writes them) of the terms both lists hold, in this article's order. */
    private static List<String> shared(List<Term> mine, List<Term> theirs) {
        Set<String> keys = new HashSet<>();
        theirs.forEach(t -> keys.add(t.key()));
        return mine.stream()
                .filter(t -> keys.contains(t.key()))
                .map(Term::label)
                .toList();
    }

    private static String list(List<String> labels) {
        List<String> first = labels.subList(0, Math.min(3, labels.size()));
        if (first.size() == 1) {
            return first.getFirst();
        }
        return String.join(", ", first.subList(0, first.size() - 1)) + " and " + first.getLast();
    }

    private static String normalTitle(String title) {
        return title.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
