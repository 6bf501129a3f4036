package org.broadsheet.search;

import java.time.Instant;

/**
 * A related article as shown under another: never its body, only a short excerpt.
 *
 * @param why one line saying what the two share, such as "Both mention Storm Ilse and Cornwall"
 */
public record Related(long id, long sourceId, String outlet, String title, String excerpt, Instant time, String why) {}
