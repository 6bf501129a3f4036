package org.broadsheet.extract;

import java.util.Objects;
import java.util.Optional;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * An operator's CSS selector naming a source's article body, such as {@code article .body}: when it matches a page,
 * the matched elements are the article and content detection is skipped (the "scraper rules" other readers offer).
 *
 * @param selector the CSS selector, as the operator wrote it (trimmed)
 */
public record ContentRule(String selector) {
    /** The longest selector accepted; a rule is a short query, not a document. */
    public static final int MAX_LENGTH = 500;

    /** Validates {@code selector}; throws {@link IllegalArgumentException} with {@link #problem}'s reason. */
    public ContentRule {
        Objects.requireNonNull(selector, "selector");
        selector = selector.strip();
        Optional<String> problem = problem(selector);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Why {@code selector} cannot be a rule (blank, too long, or not valid CSS), or empty when it can. */
    public static Optional<String> problem(String selector) {
        String s = selector.strip();
        if (s.isEmpty()) {
            return Optional.of("the selector is empty");
        }
        if (s.length() > MAX_LENGTH) {
            return Optional.of("the selector is longer than " + MAX_LENGTH + " characters");
        }
        try {
            QueryParser.parse(s);
            return Optional.empty();
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            return Optional.of("not a valid CSS selector: " + e.getMessage());
        }
    }

    /** The parsed selector. */
    Evaluator evaluator() {
        return Queries.of(selector);
    }
}
