package org.broadsheet.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The flat list of the latest articles, optionally from one outlet, with the outlet selector.
 *
 * @param outlet the name of the selected outlet, or null for all outlets
 * @param firstPage whether this is the newest page (no {@code after} cursor)
 */
public record LatestPage(
        Layout layout,
        Listing listing,
        List<SourceChoice> sources,
        @Nullable String outlet,
        boolean firstPage) {}
