package org.broadsheet.web;

/** An entry of the outlet selector on the home page. */
public record SourceChoice(long id, String name, boolean selected) {}
