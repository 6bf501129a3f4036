package org.broadsheet.comment;

import java.util.List;
import java.util.Set;
import org.broadsheet.store.CommentSort;

/**
 * One page of an article's comments as one reader sees them.
 *
 * @param count the article's shown comments (not held, hidden or deleted ones)
 * @param held the reader's own comments on the article that wait for a moderator (listed to them alone)
 * @param page the page number, from 1
 * @param pages how many pages of threads there are (at least 1)
 * @param liked the ids of comments on this page that the reader likes
 * @param open whether the article still takes comments
 */
public record ThreadPage(
        List<CommentNode> threads,
        int count,
        int held,
        CommentSort sort,
        int page,
        int pages,
        Set<Long> liked,
        boolean open) {}
