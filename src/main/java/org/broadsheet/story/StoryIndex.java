package org.broadsheet.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which stories carry each name or number, so that an article is scored only against the stories it could match
 * rather than against every story in the window. That is exact, not a heuristic: when both sides name something and
 * share no name, the name gate makes the score 0 ({@link StoryCluster}), so the only other candidates are the stories
 * that name nothing, kept apart, and an article that names nothing is scored against every story.
 */
final class StoryIndex {
    private final Map<String, Set<StoryCluster>> byName = new HashMap<>();
    private final Set<StoryCluster> unnamed = new HashSet<>();

    /** Records that {@code m} joined {@code story} (call after adding it). */
    void added(StoryCluster story, Member m) {
        TermVector t = m.terms();
        for (int i = 0; i < t.terms.length; i++) {
            if (t.names[i]) {
                byName.computeIfAbsent(t.terms[i], k -> new HashSet<>()).add(story);
            }
        }
        named(story);
    }

    /** Records that {@code m} left {@code story} (call after removing it). */
    void removed(StoryCluster story, Member m) {
        TermVector t = m.terms();
        for (int i = 0; i < t.terms.length; i++) {
            if (t.names[i] && !story.hasName(t.terms[i])) {
                drop(t.terms[i], story);
            }
        }
        named(story);
    }

    /** Forgets {@code story} altogether. */
    void forget(StoryCluster story) {
        for (String name : story.nameTerms()) {
            drop(name, story);
        }
        unnamed.remove(story);
    }

    private void drop(String name, StoryCluster story) {
        Set<StoryCluster> set = byName.get(name);
        if (set != null) {
            set.remove(story);
            if (set.isEmpty()) {
                byName.remove(name);
            }
        }
    }

    /** Keeps {@code story} among the unnamed stories exactly while it has members and names nothing. */
    private void named(StoryCluster story) {
        if (!story.isEmpty() && story.nameTerms().isEmpty()) {
            unnamed.add(story);
        } else {
            unnamed.remove(story);
        }
    }

    /**
     * The stories an article with terms {@code t} could match, oldest first; {@code all} when it names nothing.
     */
    List<StoryCluster> candidates(TermVector t, Iterable<StoryCluster> all) {
        if (!t.hasNames()) {
            List<StoryCluster> every = new ArrayList<>();
            all.forEach(every::add);
            return every;
        }
        Set<StoryCluster> found = new HashSet<>(unnamed);
        for (int i = 0; i < t.terms.length; i++) {
            if (t.names[i]) {
                Set<StoryCluster> set = byName.get(t.terms[i]);
                if (set != null) {
                    found.addAll(set);
                }
            }
        }
        return sorted(found);
    }

    /** The stories that share a name with {@code story} or name nothing, oldest first, without {@code story}. */
    List<StoryCluster> neighbours(StoryCluster story) {
        Set<StoryCluster> found = new HashSet<>(unnamed);
        for (String name : story.nameTerms()) {
            found.addAll(byName.getOrDefault(name, Set.of()));
        }
        found.remove(story);
        return sorted(found);
    }

    private static List<StoryCluster> sorted(Set<StoryCluster> stories) {
        List<StoryCluster> out = new ArrayList<>(stories);
        out.sort(Comparator.comparingLong(s -> s.key));
        return out;
    }
}
