package org.broadsheet.web;

import org.jspecify.annotations.Nullable;

/**
 * What the shared page frame needs: the site's name, the page title and description, the canonical address, sharing
 * tags, the fingerprint of the static assets, which navigation entry is current, and who is looking (for the account
 * links and the CSRF token of forms), and the words in the header's search box.
 */
public record Layout(
        String siteName,
        String title,
        String description,
        @Nullable String canonical,
        @Nullable OpenGraph openGraph,
        String assetVersion,
        Nav nav,
        Viewer viewer,
        String query) {

    /**
     * The navigation entry that is the current page, marked {@code aria-current="page"}; a page that no entry links to
     * (an article, a story, an outlet, an account page) is {@code NONE}.
     */
    public enum Nav {
        /** The front page. */
        HOME,
        /** The flat list of the latest articles. */
        LATEST,
        /** The list of current stories. */
        STORIES,
        /** The list of outlets. */
        SOURCES,
        /** The moderation queue. */
        MODERATION,
        /** The operator's source management. */
        ADMIN,
        NONE
    }

    /** {@code "page"} when {@code entry} is the current page, else null (which leaves the attribute out). */
    public @Nullable String current(Nav entry) {
        return nav == entry ? "page" : null;
    }

    /** The text of the {@code <title>} element: the page title followed by the site name. */
    public String fullTitle() {
        return title.equals(siteName) ? siteName : title + " · " + siteName;
    }

    /** The address of a static asset with the fingerprint that lets browsers cache it for a year. */
    public String asset(String name) {
        return "/static/" + name + "?v=" + assetVersion;
    }

    public Layout withCanonical(@Nullable String value) {
        return new Layout(siteName, title, description, value, openGraph, assetVersion, nav, viewer, query);
    }

    public Layout withOpenGraph(@Nullable OpenGraph value) {
        return new Layout(siteName, title, description, canonical, value, assetVersion, nav, viewer, query);
    }

    public Layout withViewer(Viewer value) {
        return new Layout(siteName, title, description, canonical, openGraph, assetVersion, nav, value, query);
    }

    /** The same frame with {@code value} in the header's search box (the search page's own query). */
    public Layout withQuery(String value) {
        return new Layout(siteName, title, description, canonical, openGraph, assetVersion, nav, viewer, value);
    }
}
