package org.broadsheet.web;

import java.util.List;
import java.util.Locale;

/**
 * Language and country names as a reader reads them ("German", "France"), never as codes ("de", "FR"), in the
 * interface's language (English). A code the JDK does not know is shown as it is.
 */
public final class DisplayNames {
    private static final Locale INTERFACE = Locale.ENGLISH;

    private DisplayNames() {}

    /** The name of the language with this ISO 639 code, such as "German" for "de". */
    public static String language(String code) {
        String name = Locale.forLanguageTag(code.strip()).getDisplayLanguage(INTERFACE);
        return name.isEmpty() ? code : name;
    }

    /** The name of the country with this ISO 3166 alpha-2 code, such as "Ireland" for "IE". */
    public static String country(String code) {
        String name = Locale.of("", code.strip().toUpperCase(Locale.ROOT)).getDisplayCountry(INTERFACE);
        return name.isEmpty() ? code : name;
    }

    /** The languages' names joined with commas, in the order given. */
    public static String languages(List<String> codes) {
        return String.join(", ", codes.stream().map(DisplayNames::language).toList());
    }

    /** The countries' names joined with commas, in the order given. */
    public static String countries(List<String> codes) {
        return String.join(", ", codes.stream().map(DisplayNames::country).toList());
    }
}
