package org.broadsheet.story;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.broadsheet.store.Story;

/**
 * Ranks stories for the front page: by how many outlets cover them, how recent their last article is (the weight
 * halves every {@link #HALF_LIFE}) and how fast they grow (the share of their articles from the last hours).
 */
public final class TopStories {
    /** How long until a story's recency weight halves. */
    public static final Duration HALF_LIFE = Duration.ofHours(12);

    /** How far back the candidates reach. */
    public static final Duration REACH = Duration.ofHours(48);

    private TopStories() {}

    /**
     * The {@code limit} best of {@code candidates} at {@code now}, best first. A lone article is not a story yet and is
     * left out; stories covered by one outlet rank below those covered by several.
     */
    public static List<Story> rank(List<Story> candidates, Instant now, int limit) {
        return candidates.stream()
                .filter(s -> s.lastSeen() != null && s.articleCount() > 1)
                .sorted(Comparator.comparingDouble((Story s) -> -score(s, now)).thenComparing(s -> -s.id()))
                .limit(limit)
                .toList();
    }

    /** The ranking score of one story at {@code now}. */
    static double score(Story s, Instant now) {
        Instant last = s.lastSeen() == null ? Instant.EPOCH : s.lastSeen();
        double ageHours = Math.max(0, Duration.between(last, now).toMinutes() / 60.0);
        double recency = Math.pow(0.5, ageHours / (HALF_LIFE.toMinutes() / 60.0));
        double growth = 1 + (double) s.recentArticles() / Math.max(1, s.articleCount());
        double outlets = s.outletCount() <= 1 ? 0.5 : s.outletCount();
        return outlets * recency * growth;
    }
}
