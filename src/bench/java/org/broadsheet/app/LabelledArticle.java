package org.broadsheet.app;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One line of a labelled clustering file: a line of {@code broadsheet cluster}'s input plus {@code cluster}, the
 * article's true story.
 */
record LabelledArticle(ClusterInput.Line article, String cluster) {

    /** Reads line {@code number}, which must name its true cluster. */
    static LabelledArticle read(JsonNode node, int number) throws ClusterInput.BadLineException {
        return new LabelledArticle(ClusterInput.line(node, number), ClusterInput.required(node, "cluster", number));
    }
}
