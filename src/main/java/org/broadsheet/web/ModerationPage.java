package org.broadsheet.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The moderation queue and the banned-terms list.
 *
 * @param termsProblem why the submitted list was refused
 */
public record ModerationPage(
        Layout layout,
        List<Row> queue,
        String termsText,
        @Nullable String termsProblem,
        @Nullable String notice) {

    /** One comment waiting for a decision. */
    public record Row(
            long commentId,
            long accountId,
            String author,
            String articleHref,
            String articleTitle,
            String html,
            String status,
            @Nullable String heldReason,
            String when,
            List<String> reports) {}
}
