package org.broadsheet.api;

import java.util.List;

/** Every source, by name. */
public record SourceListJson(List<SourceJson> sources) {}
