/**
 * Comments on articles and their moderation: threads, editing, likes and reports; the checks every new comment
 * passes (bans, rate limits, duplicates, links, banned terms, holding a new account's first comments); moderator
 * actions and their audit log; and the one formatter that turns a comment's plain text into safe HTML. {@link
 * org.broadsheet.comment.Comments} and {@link org.broadsheet.comment.Moderation} are the entries.
 */
@NullMarked
package org.broadsheet.comment;

import org.jspecify.annotations.NullMarked;
