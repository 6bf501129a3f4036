package org.broadsheet.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** One story with its articles, oldest first (list fields only, no bodies). */
public record StoryDetailJson(@JsonUnwrapped StoryJson story, List<ArticleJson> articles) {}
