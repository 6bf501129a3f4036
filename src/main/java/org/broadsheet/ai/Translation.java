package org.broadsheet.ai;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An article translated by the language model, or why it is not.
 *
 * @param language the language asked for
 * @param paragraphs the translation, empty when there is none
 * @param notice why there is no translation, or null
 */
public record Translation(
        String language, List<String> paragraphs, @Nullable String notice) {}
