package org.broadsheet.web;

import java.util.List;

/** The list of current stories, best first. */
public record StoriesPage(Layout layout, List<StoryCard> stories) {}
