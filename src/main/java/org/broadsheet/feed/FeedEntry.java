package org.broadsheet.feed;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry (item) of a feed.
 *
 * @param id the entry's guid or Atom id; else its link; else a stable hash of its title and publication date
 * @param title the title, as plain text
 * @param link the absolute http(s) URL of the entry's page
 * @param published when the entry was first published
 * @param updated when the entry last changed
 * @param author the author's name, as plain text
 * @param summary the description or summary, as sanitised HTML
 * @param content the full content ({@code content:encoded}, Atom content, JSON {@code content_html}), as sanitised HTML
 * @param categories the category names, without duplicates
 * @param enclosures the attached files: enclosures, Atom enclosure links, Media RSS content and thumbnails
 */
public record FeedEntry(
        String id,
        @Nullable String title,
        @Nullable String link,
        @Nullable Instant published,
        @Nullable Instant updated,
        @Nullable String author,
        @Nullable String summary,
        @Nullable String content,
        List<String> categories,
        List<Enclosure> enclosures) {

    public FeedEntry {
        Objects.requireNonNull(id, "id");
        categories = List.copyOf(categories);
        enclosures = List.copyOf(enclosures);
    }
}
