package org.broadsheet.sync;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.broadsheet.store.ReadingStore;
import org.broadsheet.store.Source;
import org.broadsheet.store.SourceStore;
import org.jspecify.annotations.Nullable;

/**
 * One account's subscriptions as both APIs show them: the sources it follows, and their categories as groups
 * (Fever) or labels (Google Reader). A group's number is derived from its name, so it stays the same while sources come
 * and go.
 */
record Library(List<Source> sources, Map<String, List<Source>> groups) {

    static Library of(SourceStore sources, ReadingStore reading, long accountId) {
        Set<Long> unfollowed = reading.unfollowed(accountId);
        List<Source> followed = new ArrayList<>();
        Map<String, List<Source>> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Source source : sources.all()) {
            if (unfollowed.contains(source.id())) {
                continue;
            }
            followed.add(source);
            String group = group(source);
            if (group != null) {
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(source);
            }
        }
        followed.sort(Comparator.comparing(Source::name, String.CASE_INSENSITIVE_ORDER));
        return new Library(List.copyOf(followed), new LinkedHashMap<>(groups));
    }

    /** The group (label) a source is in: its category, or none. */
    static @Nullable String group(Source source) {
        String category = source.category();
        return category == null || category.isBlank() ? null : category.strip();
    }

    /** The Fever number of a group: positive, stable, from its name. */
    static long groupId(String group) {
        CRC32 crc = new CRC32();
        crc.update(group.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        return (crc.getValue() & 0x7fffffffL) + 1;
    }

    /** The group with this Fever number. */
    Optional<String> groupById(long id) {
        return groups.keySet().stream().filter(g -> groupId(g) == id).findFirst();
    }

    /** The group with this name, in any case. */
    Optional<String> groupByName(String name) {
        return groups.keySet().stream().filter(g -> g.equalsIgnoreCase(name)).findFirst();
    }

    /** The ids of the sources in a group. */
    Set<Long> sourceIds(String group) {
        Set<Long> ids = new HashSet<>();
        for (Source s : groups.getOrDefault(group, List.of())) {
            ids.add(s.id());
        }
        return ids;
    }

    /** The followed source with this id. */
    Optional<Source> source(long id) {
        return sources.stream().filter(s -> s.id() == id).findFirst();
    }
}
