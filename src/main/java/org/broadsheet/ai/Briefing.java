package org.broadsheet.ai;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A story's briefing: what the coverage says, each point with the outlets whose articles support it, and the places
 * where outlets give different accounts, side by side.
 *
 * @param summary the point most outlets make, in one sentence
 * @param keyPoints up to five points, most widely reported first
 * @param differences pairs of accounts of the same quantity that disagree (in their figures), at most three, no sentence
 *     twice
 * @param language the ISO 639-1 language its sentences are in, when known: the reader's, or the coverage's own when
 *     none of it is in the reader's language (so that the page can label it)
 */
public record Briefing(
        String summary,
        List<Point> keyPoints,
        List<Difference> differences,
        @Nullable String language) {

    /** A point and the outlets that report it. */
    public record Point(String text, List<String> outlets) {}

    /** One outlet's sentence. */
    public record Account(String outlet, String title, String sentence) {}

    /** Accounts of the same thing that differ. */
    public record Difference(List<Account> accounts) {}

    /** Whether there is anything to show. */
    public boolean isEmpty() {
        return keyPoints.isEmpty();
    }
}
