package org.broadsheet.ai;

import java.util.List;

/**
 * A story's briefing: what the coverage says, each point with the outlets whose articles support it, and the places
 * where outlets give different accounts, side by side.
 *
 * @param summary the point most outlets make, in one sentence
 * @param keyPoints up to five points, most widely reported first
 * @param differences pairs of accounts of the same thing that disagree (in their figures), at most three
 */
public record Briefing(String summary, List<Point> keyPoints, List<Difference> differences) {

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
