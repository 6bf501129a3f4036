package org.broadsheet.feed;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One feed of an OPML subscription list, as written there: the feed address is kept unchecked so that an importer can
 * say what is wrong with it.
 *
 * @param name the outline's title, else its text, else the feed address
 * @param xmlUrl the feed's address as written
 * @param htmlUrl the site's address as written, or null
 * @param language the language as written, or null
 * @param category the folder path such as {@code Tech/AI}, or null when the outline is in no folder
 */
public record OpmlOutline(
        String name,
        String xmlUrl,
        @Nullable String htmlUrl,
        @Nullable String language,
        @Nullable String category) {

    public OpmlOutline {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(xmlUrl, "xmlUrl");
    }
}
