package org.broadsheet.store;

import java.util.Locale;

/** Whether the site may show a source's full article bodies or only an excerpt with a link to the original. */
public enum DisplayPolicy {
    FULL,
    EXCERPT;

    /** The lower-case name used in configuration, the CLI and the database ("full", "excerpt"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "full" or "excerpt" (any case); throws {@link IllegalArgumentException} with the allowed values. */
    public static DisplayPolicy parse(String code) {
        for (DisplayPolicy p : values()) {
            if (p.code().equalsIgnoreCase(code.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("display must be 'full' or 'excerpt', not '" + code + "'");
    }
}
