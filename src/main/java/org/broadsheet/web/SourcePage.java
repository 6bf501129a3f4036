package org.broadsheet.web;

/** An outlet's page: who it is, how its feed is doing, and its latest articles. */
public record SourcePage(Layout layout, SourceView source, Listing listing) {}
