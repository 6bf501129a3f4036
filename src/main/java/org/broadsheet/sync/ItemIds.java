package org.broadsheet.sync;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * Google Reader item ids: an article's id as a decimal number ({@code 123}), in the long form {@code
 * tag:google.com,2005:reader/item/000000000000007b} (16 hex digits), or as the bare 16 hex digits.
 */
final class ItemIds {
    static final String PREFIX = "tag:google.com,2005:reader/item/";

    private ItemIds() {}

    /** The long form of an article id. */
    static String longForm(long id) {
        return PREFIX + String.format(Locale.ROOT, "%016x", id);
    }

    /** The article id an item id names; empty when it is not one. */
    static OptionalLong parse(String itemId) {
        String id = itemId.strip();
        try {
            if (id.startsWith(PREFIX)) {
                return positive(Long.parseUnsignedLong(id.substring(PREFIX.length()), 16));
            }
            if (id.length() == 16 && id.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return positive(Long.parseUnsignedLong(id, 16));
            }
            return positive(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static OptionalLong positive(long id) {
        return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
    }
}
