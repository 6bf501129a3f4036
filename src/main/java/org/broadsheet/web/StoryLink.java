package org.broadsheet.web;

/** The link from an article to its story's "Full coverage" page. */
public record StoryLink(String href, int outletCount, int articleCount) {
    /** "3 outlets" or "1 outlet". */
    public String outlets() {
        return outletCount + (outletCount == 1 ? " outlet" : " outlets");
    }
}
