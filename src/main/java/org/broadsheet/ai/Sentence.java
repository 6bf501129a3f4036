package org.broadsheet.ai;

/**
 * One sentence of an article: its place in the article's sentence list, the paragraph it belongs to (both from 0),
 * and its text with white space collapsed.
 */
public record Sentence(int index, int paragraph, String text) {

    /**
     * Whether this looks like a subheading or a caption rather than a statement: a short line of its own without
     * closing punctuation. Such lines are neither answers nor key points, though they give context to what follows.
     */
    public boolean isHeading() {
        if (text.isEmpty()) {
            return true;
        }
        char last = text.charAt(text.length() - 1);
        boolean closed = ".!?…\"”’'):".indexOf(last) >= 0;
        return !closed && text.split(" ").length <= 8;
    }
}
