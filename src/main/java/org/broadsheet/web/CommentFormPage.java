package org.broadsheet.web;

import org.jspecify.annotations.Nullable;

/**
 * A page with one text box about one comment: editing it, or reporting it.
 *
 * @param quote the comment's current text as formatted HTML, shown above the box
 * @param field the name of the text box's form field
 * @param problem why the last try was refused, shown next to the box
 */
public record CommentFormPage(
        Layout layout,
        String heading,
        String quoteHtml,
        String action,
        String label,
        String field,
        String value,
        int maxLength,
        @Nullable String problem,
        String button,
        String backHref) {}
