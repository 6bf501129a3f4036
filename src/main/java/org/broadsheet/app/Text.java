package org.broadsheet.app;

/** Fitting text into the CLI's fixed-width tables. */
final class Text {
    private Text() {}

    static String clip(String value, int width) {
        return value.length() <= width ? value : value.substring(0, width - 1) + "…";
    }
}
