package org.broadsheet.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Online story clustering. Each article {@link #add added} joins the best matching story whose last article lies
 * within the window, or starts a new story; a syndicated copy of an article already clustered joins that article's
 * story directly. {@link #maintain} merges stories that converged and splits off members that drifted.
 *
 * <p>Not thread-safe: one clusterer is fed by one thread. Stories older than the window stop taking articles and are
 * forgotten by {@link #maintain}, which bounds memory and time per article.
 */
public final class StoryClusterer {
    /** Stories whose embeddings are further apart than this are never merged; it spares most term comparisons. */
    private static final double MERGE_VECTOR_FLOOR = 0.2;

    private final ClusterSettings settings;
    private final LongSupplier newKey;
    private final DocumentFrequencies df = new DocumentFrequencies();
    private final Map<Long, StoryCluster> stories = new LinkedHashMap<>();
    private final Map<Long, StoryCluster> storyOf = new HashMap<>();
    private final Map<Long, Member> members = new HashMap<>();
    private final Map<Long, Long> copies = new HashMap<>();
    private final StoryIndex index = new StoryIndex();
    /**
     * Stories whose members changed since the last periodic pass. Scores depend only on members, so a story that did
     * not change keeps its members' scores, and two that did not change were already found apart by the last pass.
     */
    private final Set<StoryCluster> changed = new HashSet<>();

    private Instant latest = Instant.MIN;

    /** What the periodic pass changed: articles that moved, and stories that were merged into another. */
    public record Changes(List<Move> moves, Map<Long, Long> mergedInto) {
        public boolean isEmpty() {
            return moves.isEmpty() && mergedInto.isEmpty();
        }
    }

    /** One article moved from one story to another (possibly new) story. */
    public record Move(long articleId, long from, long to) {}

    /** A clusterer whose new stories get keys from {@code newKey} (which must not repeat). */
    public StoryClusterer(ClusterSettings settings, LongSupplier newKey) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.newKey = Objects.requireNonNull(newKey, "newKey");
    }

    /**
     * Puts an article back into a known story without scoring it, as when a live system restarts: the article's
     * terms still count for the vocabulary. Restore in published order, before any {@link #add}.
     */
    public void restore(ClusterArticle article, long storyKey) {
        Member m = member(article);
        StoryCluster story = stories.computeIfAbsent(storyKey, StoryCluster::new);
        place(m, story);
    }

    /** Clusters one article and returns the key of the story it joined or started. Feed articles in published order. */
    public long add(ClusterArticle article) {
        if (members.containsKey(article.id())) {
            throw new IllegalArgumentException("article " + article.id() + " was already clustered");
        }
        Member m = member(article);
        StoryCluster story = bestStory(m, null);
        if (story == null) {
            story = new StoryCluster(newKey.getAsLong());
            stories.put(story.key, story);
        }
        place(m, story);
        return story.key;
    }

    /** The story of an article clustered before, if any. */
    public @Nullable Long storyOf(long articleId) {
        StoryCluster s = storyOf.get(articleId);
        return s == null ? null : s.key;
    }

    private Member member(ClusterArticle article) {
        Map<String, Terms.Count> title = Terms.count(article.title());
        Map<String, Terms.Count> body = Terms.count(article.text());
        java.util.Set<String> distinct = new java.util.HashSet<>(title.keySet());
        distinct.addAll(body.keySet());
        df.add(distinct);
        Instant time = article.published() != null ? article.published() : latest;
        if (time.equals(Instant.MIN)) {
            time = Instant.EPOCH;
        }
        return new Member(article, TermVector.of(title, body, df), MinHash.of(article.text()), time);
    }

    private void place(Member m, StoryCluster story) {
        join(story, m);
        storyOf.put(m.article().id(), story);
        members.put(m.article().id(), m);
        for (long key : m.shingles().bandKeys()) {
            copies.putIfAbsent(key, m.article().id());
        }
        if (m.time().isAfter(latest)) {
            latest = m.time();
        }
    }

    /** The story {@code m} should join, or null for a new one; {@code except} is never chosen. */
    private @Nullable StoryCluster bestStory(Member m, @Nullable StoryCluster except) {
        // An article without a date may belong to any story still remembered: the window cannot rule one out.
        Instant from = m.article().published() == null ? Instant.MIN : m.time().minus(settings.window());
        StoryCluster copyOf = copyStory(m);
        if (copyOf != null && copyOf != except && !copyOf.last().isBefore(from)) {
            return copyOf;
        }
        StoryCluster best = null;
        double bestScore = settings.join();
        for (StoryCluster story : index.candidates(m.terms(), stories.values())) {
            if (story == except || story.isEmpty() || story.last().isBefore(from)) {
                continue;
            }
            double score = story.score(m, settings, false);
            if (score >= bestScore) {
                best = story;
                bestScore = score;
            }
        }
        return best;
    }

    private @Nullable StoryCluster copyStory(Member m) {
        MinHash signature = m.shingles();
        if (signature.isEmpty()) {
            return null;
        }
        for (long key : signature.bandKeys()) {
            Long other = copies.get(key);
            Member original = other == null ? null : members.get(other);
            if (original != null && signature.similarity(original.shingles()) >= NearDuplicates.THRESHOLD) {
                return storyOf.get(other);
            }
        }
        return null;
    }

    /**
     * The periodic pass at time {@code now}: splits off members that no longer match the rest of their story (they
     * are clustered again, in published order), merges pairs of recent stories that now match each other, and
     * forgets stories that ended before the window. The window ends at {@code now}, or at the newest article seen if
     * that is older than the window.
     */
    public Changes maintain(Instant now) {
        List<Move> moves = new ArrayList<>();
        Map<Long, Long> merged = new LinkedHashMap<>();
        // When the newest article seen is older than the window, the window ends there rather than now: a corpus of
        // past news (the demo) still gets its merges, and a stream that went quiet keeps its last stories.
        Instant end =
                latest.isAfter(Instant.MIN) && latest.plus(settings.window()).isBefore(now) ? latest : now;
        Instant from = end.minus(settings.window());
        // What changed before this pass is checked now; what this pass changes is checked now and again next time.
        Set<StoryCluster> dirty = new HashSet<>(changed);
        changed.clear();
        split(from, dirty, moves);
        merge(from, dirty, moves, merged);
        forget(from);
        return new Changes(List.copyOf(moves), Map.copyOf(merged));
    }

    private void split(Instant from, Set<StoryCluster> dirty, List<Move> moves) {
        List<Member> drifted = new ArrayList<>();
        for (StoryCluster story : stories.values()) {
            if (!dirty.contains(story)
                    || story.members.size() < 3
                    || story.last().isBefore(from)) {
                continue;
            }
            for (Member m : List.copyOf(story.members)) {
                if (story.score(m, settings, true) < settings.split()) {
                    drifted.add(m);
                }
            }
        }
        drifted.sort(Comparator.comparing(Member::time));
        for (Member m : drifted) {
            StoryCluster old = storyOf.get(m.article().id());
            leave(old, m);
            StoryCluster target = bestStory(m, old);
            if (target == null) {
                target = new StoryCluster(newKey.getAsLong());
                stories.put(target.key, target);
            }
            join(target, m);
            storyOf.put(m.article().id(), target);
            moves.add(new Move(m.article().id(), old.key, target.key));
        }
    }

    private void merge(Instant from, Set<StoryCluster> dirty, List<Move> moves, Map<Long, Long> merged) {
        List<StoryCluster> recent = stories.values().stream()
                .filter(s -> !s.isEmpty() && !s.last().isBefore(from))
                .toList();
        for (StoryCluster a : recent) {
            if (!dirty.contains(a) && !changed.contains(a)) {
                continue; // its pairs with unchanged stories were found apart before; the others are tried from there
            }
            // Only stories that share a name can reach the merge score (see StoryIndex).
            for (StoryCluster b : index.neighbours(a)) {
                if (a.isEmpty()) {
                    break;
                }
                boolean bChanged = dirty.contains(b) || changed.contains(b);
                if ((bChanged && b.key < a.key)
                        || b.isEmpty()
                        || b.last().isBefore(from)
                        || a.vectorSimilarity(b) < MERGE_VECTOR_FLOOR
                        || a.score(b, settings) < settings.merge()) {
                    continue;
                }
                StoryCluster into = a.members.size() >= b.members.size() ? a : b;
                StoryCluster gone = into == a ? b : a;
                for (Member m : List.copyOf(gone.members)) {
                    leave(gone, m);
                    join(into, m);
                    storyOf.put(m.article().id(), into);
                    moves.add(new Move(m.article().id(), gone.key, into.key));
                }
                merged.put(gone.key, into.key);
            }
        }
        stories.values().removeIf(StoryCluster::isEmpty);
    }

    private void join(StoryCluster story, Member m) {
        story.add(m);
        index.added(story, m);
        changed.add(story);
    }

    private void leave(StoryCluster story, Member m) {
        story.remove(m);
        index.removed(story, m);
        changed.add(story);
    }

    private void forget(Instant from) {
        Instant before = from.minus(settings.window());
        List<StoryCluster> old =
                stories.values().stream().filter(s -> s.last().isBefore(before)).toList();
        for (StoryCluster s : old) {
            stories.remove(s.key);
            index.forget(s);
            changed.remove(s);
            for (Member m : s.members) {
                storyOf.remove(m.article().id());
                members.remove(m.article().id());
                for (long key : m.shingles().bandKeys()) {
                    copies.remove(key, m.article().id());
                }
            }
        }
    }

    /**
     * The id of the member that best stands for a story: among the members in the story's most common language, the
     * one that matches the rest of it best, so the headline shown is the most typical report rather than an outlier's
     * angle. Null for an unknown or forgotten story.
     */
    public @Nullable Long representative(long storyKey) {
        StoryCluster story = stories.get(storyKey);
        if (story == null || story.isEmpty()) {
            return null;
        }
        Map<String, Integer> languages = new HashMap<>();
        story.members.forEach(m -> languages.merge(String.valueOf(m.article().language()), 1, Integer::sum));
        String common = java.util.Collections.max(languages.entrySet(), Map.Entry.comparingByValue())
                .getKey();
        Member best = story.members.getFirst();
        double bestScore = -1;
        for (Member m : story.members) {
            if (!String.valueOf(m.article().language()).equals(common)) {
                continue;
            }
            double score = story.score(m, settings, true);
            if (score > bestScore) {
                best = m;
                bestScore = score;
            }
        }
        return best.article().id();
    }

    /** Every article still remembered (stories older than twice the window are forgotten), with its story's key. */
    public Map<Long, Long> assignments() {
        Map<Long, Long> out = new LinkedHashMap<>();
        storyOf.forEach((id, story) -> out.put(id, story.key));
        return out;
    }
}
