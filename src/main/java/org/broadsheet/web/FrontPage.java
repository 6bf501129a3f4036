package org.broadsheet.web;

import java.util.List;

/**
 * The front page: the top stories, then the latest articles, one card per story.
 *
 * @param top the stories covered most widely and recently, each by several outlets
 * @param latest the latest articles, grouped by story, leaving out the stories of {@code top}
 * @param hasSources whether any outlet has been added (to tell "add some sources" from "wait for the first fetch")
 */
public record FrontPage(Layout layout, List<FrontCard> top, List<FrontCard> latest, boolean hasSources) {

    public boolean isEmpty() {
        return top.isEmpty() && latest.isEmpty();
    }
}
