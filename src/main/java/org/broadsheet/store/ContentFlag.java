package org.broadsheet.store;

/** Why an article's stored body may be incomplete, stored with it and shown on its page and in the API. */
public enum ContentFlag {
    /** The article page gave much less text than the feed's own content, so the feed's was kept. */
    TRUNCATED,
    /** The article page is marked for subscribers only; its text may be a teaser. */
    PAYWALLED
}
