package org.broadsheet.feed;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The feed-level metadata of a feed document.
 *
 * @param title the feed's title, as plain text
 * @param link the absolute URL of the site the feed belongs to
 * @param description the feed's description or subtitle, as plain text
 * @param language the language code the feed declares, such as {@code en-gb}
 * @param updated when the feed last changed, by its own account
 */
public record FeedInfo(
        @Nullable String title,
        @Nullable String link,
        @Nullable String description,
        @Nullable String language,
        @Nullable Instant updated) {}
