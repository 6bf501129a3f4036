package org.broadsheet.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Search as readers use it: the query's words through the index (BM25), and its meaning through the embedding model
 * (the same one the articles were embedded with), fused by rank. Query embeddings of recent queries are cached.
 */
public final class Search {
    private static final int CACHED_QUERIES = 1000;
    /** Exclusions and exact phrases: asks that nearest neighbours cannot honour. */
    private static final Pattern EXACTING = Pattern.compile("(^|\\s)(-|!|NOT\\s)|\"");

    private static final Pattern SYNTAX = Pattern.compile("\\b(AND|OR|NOT)\\b|[\"+\\-!()\\[\\]{}^~*?:\\\\/]");

    private final SearchIndex index;
    private final Function<String, float[]> embed;
    private final Map<String, float[]> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHED_QUERIES;
        }
    };

    /**
     * @param embed the article embedding model's function from a text to its unit vector
     */
    public Search(SearchIndex index, Function<String, float[]> embed) {
        this.index = Objects.requireNonNull(index, "index");
        this.embed = Objects.requireNonNull(embed, "embed");
    }

    /**
     * Runs {@code request}.
     *
     * @throws BadQueryException when the query is empty, too long or malformed
     */
    public SearchResults search(SearchRequest request) {
        return index.search(request, vectorOf(request.query()));
    }

    /** Why the index cannot be written to (searches still answer from its last commit); empty while it can. */
    public Optional<String> indexProblem() {
        return index.problem();
    }

    /**
     * The meaning of the query's words, without its syntax; none for a query that excludes words or quotes a phrase,
     * since nearest neighbours can honour neither an exclusion nor exact wording.
     */
    private float @Nullable [] vectorOf(String query) {
        if (EXACTING.matcher(query).find()) {
            return null;
        }
        String words =
                SYNTAX.matcher(query).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (words.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null; // nothing the model could embed: control or formatting characters, symbols, nothing at all
        }
        synchronized (cache) {
            float[] cached = cache.get(words);
            if (cached != null) {
                return cached;
            }
        }
        float[] vector = embed.apply(words);
        synchronized (cache) {
            cache.put(words, vector);
        }
        return vector;
    }
}
