package org.broadsheet.store;

/** What storing an article draft did: the article's id and whether it was new, changed or already there as is. */
public record UpsertOutcome(long id, Kind kind) {
    public enum Kind {
        INSERTED,
        UPDATED,
        UNCHANGED
    }
}
