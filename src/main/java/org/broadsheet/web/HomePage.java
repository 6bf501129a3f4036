package org.broadsheet.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The front page: the latest articles, optionally from one outlet, and the outlet selector.
 *
 * @param outlet the name of the selected outlet, or null for all outlets
 * @param firstPage whether this is the newest page (no {@code after} cursor)
 * @param topStories the stories covered most widely and recently, shown on the first page of all outlets
 */
public record HomePage(
        Layout layout,
        Listing listing,
        List<SourceChoice> sources,
        @Nullable String outlet,
        boolean firstPage,
        List<StoryCard> topStories) {}
