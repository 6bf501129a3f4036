package org.broadsheet.store;

/** A word or a regular expression that holds a comment for review. */
public record BannedTerm(String term, boolean regex) {}
