package org.broadsheet.extract;

/** Counts a page's start tags without parsing it, so that a page of millions of elements is refused cheaply. */
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
}
