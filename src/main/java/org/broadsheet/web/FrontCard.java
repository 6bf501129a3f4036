package org.broadsheet.web;

import java.util.List;

/**
 * One card of the front page: an article on its own, or a story covered by several outlets, shown as its lead article
 * with other outlets' headlines beneath and a link to its full coverage.
 */
public sealed interface FrontCard {

    /** An article that is not part of a story covered by several outlets. */
    record Single(ArticleCard article) implements FrontCard {}

    /**
     * A story covered by several outlets.
     *
     * @param lead the article shown with its image and excerpt
     * @param others up to {@link StoryGroups#OTHERS} headlines from other outlets, the reader's language first
     * @param story the story, for its "Full coverage" link and counts
     */
    record Group(ArticleCard lead, List<OtherHeadline> others, StoryCard story) implements FrontCard {}
}
