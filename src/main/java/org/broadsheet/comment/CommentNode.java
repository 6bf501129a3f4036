package org.broadsheet.comment;

import java.util.List;
import org.broadsheet.store.Comment;

/** A comment with its replies, oldest first. */
public record CommentNode(Comment comment, List<CommentNode> replies) {}
