package org.broadsheet.feed;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A file attached to an entry: a podcast episode, an image, a video.
 *
 * @param url the absolute URL of the file
 * @param type its MIME type, when the feed gives one
 * @param length its size in bytes, when the feed gives a positive one
 */
public record Enclosure(
        String url, @Nullable String type, @Nullable Long length) {

    public Enclosure {
        Objects.requireNonNull(url, "url");
    }
}
