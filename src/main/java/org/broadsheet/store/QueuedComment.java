package org.broadsheet.store;

import java.util.List;

/** A comment in the moderation queue: held, or reported and not yet dealt with, with its article and reports. */
public record QueuedComment(Comment comment, String articleTitle, List<Report> reports) {}
