package org.broadsheet.search;

import java.time.Instant;
import java.util.List;

/** An indexed article and candidates for its related articles, as {@link SearchIndex#neighbours} finds them. */
public record Neighbours(Candidate self, List<Candidate> candidates) {
    public Neighbours {
        candidates = List.copyOf(candidates);
    }

    /**
     * One article as the index knows it.
     *
     * @param similarity the cosine similarity of its embedding to the article's (1 for the article itself; 0 when
     *     either has none)
     * @param entities the names it mentions most (people, places, organisations), most prominent first
     * @param keywords its most frequent content words, most frequent first
     */
    public record Candidate(
            long id,
            long sourceId,
            String outlet,
            String title,
            String excerpt,
            Instant time,
            List<Term> entities,
            List<Term> keywords,
            float similarity) {
        public Candidate {
            entities = List.copyOf(entities);
            keywords = List.copyOf(keywords);
        }
    }

    /** A name or word: {@code key} compares (lower case, or a stem), {@code label} reads well. */
    public record Term(String key, String label) {}
}
