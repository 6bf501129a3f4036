package org.broadsheet.web;

import java.util.List;

/** The list of outlets, by name. */
public record SourcesPage(Layout layout, List<SourceView> sources) {}
