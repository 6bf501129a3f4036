package org.broadsheet.extract;

/**
 * Counts a page's start tags without parsing it, so that a page of millions of elements is refused cheaply, and tells
 * whether a page holds a given tag at all, so that a walk looking for it can be skipped.
 */
final class StartTags {
    private StartTags() {}

    /** Returns the number of {@code <} followed by a letter in {@code html}, counting no further than {@code limit}. */
    static int count(String html, int limit) {
        int count = 0;
        int end = html.length() - 1;
        for (int i = html.indexOf('<'); i >= 0 && i < end; i = html.indexOf('<', i + 1)) {
            char next = html.charAt(i + 1);
            if ((next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z') && ++count >= limit) {
                return count;
            }
        }
        return count;
    }

    /**
     * True when {@code html} has a start tag named {@code tag} (lower case), in any letter case. False means that its
     * parse holds no such element; true may be a false alarm (the name inside a comment or a script).
     */
    static boolean holds(String html, String tag) {
        int end = html.length() - tag.length();
        for (int i = html.indexOf('<'); i >= 0 && i < end; i = html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i + 1, tag, 0, tag.length())) {
                return true;
            }
        }
        return false;
    }
}
