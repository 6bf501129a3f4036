package org.broadsheet.web;

/** The site-wide facts every page frame repeats: its name and the fingerprint of its static assets. */
record Site(String name, String assetVersion) {

    /** A page frame with {@code title}, a generic description, and no canonical address or sharing tags. */
    Layout layout(String title, Layout.Nav nav) {
        return layout(title, "The latest news from many publishers, in one place.", nav);
    }

    Layout layout(String title, String description, Layout.Nav nav) {
        return new Layout(name, title, description, null, null, assetVersion, nav, Viewer.ANONYMOUS, "");
    }
}
