package org.broadsheet.ai;

import java.util.Objects;

/** One outlet's article about a story, as the story briefing reads it. */
public record Coverage(String outlet, String title, String text) {
    public Coverage {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
