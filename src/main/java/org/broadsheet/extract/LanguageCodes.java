package org.broadsheet.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.jspecify.annotations.Nullable;

/** Normalises language tags ({@code en-GB}, {@code de_DE}, {@code deu}) to ISO 639-1 codes ({@code en}, {@code de}). */
final class LanguageCodes {
    private static final Map<String, String> THREE_TO_TWO = threeToTwo();

    private LanguageCodes() {}

    /** Returns the two-letter code for {@code tag}, or null when it names no known language. */
    static @Nullable String normalize(@Nullable String tag) {
        if (tag == null) {
            return null;
        }
        String s = tag.strip().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < s.length() && Character.isLetter(s.charAt(cut))) {
            cut++;
        }
        String primary = s.substring(0, cut);
        if (primary.length() == 2) {
            return primary;
        }
        return primary.length() == 3 ? THREE_TO_TWO.get(primary) : null;
    }

    private static Map<String, String> threeToTwo() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                map.put(Locale.of(two).getISO3Language(), two);
            } catch (MissingResourceException e) {
                // A language without a three-letter code cannot be reached from one: nothing to map.
            }
        }
        // Bibliographic codes that pages use but ISO 639-2/T does not.
        map.put("ger", "de");
        map.put("fre", "fr");
        map.put("dut", "nl");
        map.put("chi", "zh");
        return Map.copyOf(map);
    }
}
