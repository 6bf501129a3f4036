package org.broadsheet.store;

import java.time.Instant;

/** A reader's report of a comment, with the reason they gave. */
public record Report(long id, long commentId, String reporter, String reason, Instant created) {}
