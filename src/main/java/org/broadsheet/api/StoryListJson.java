package org.broadsheet.api;

import java.util.List;

/** The top stories, best first. */
public record StoryListJson(List<StoryJson> stories) {}
