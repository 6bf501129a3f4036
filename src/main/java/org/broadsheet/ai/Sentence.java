package org.broadsheet.ai;

/**
 * One sentence of an article: its place in the article's sentence list, the paragraph it belongs to (both from 0),
 * and its text with white space collapsed.
 */
public record Sentence(int index, int paragraph, String text) {}
