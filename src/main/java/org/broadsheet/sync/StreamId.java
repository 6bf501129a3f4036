package org.broadsheet.sync;

import java.util.Optional;
import java.util.Set;
import org.broadsheet.store.ItemQuery;
import org.broadsheet.store.Source;

/**
 * A Google Reader stream: the reading list, starred, read, one feed ({@code feed/ID} as this server names feeds, or
 * {@code feed/URL} as Google did) or one label ({@code user/-/label/NAME}, a category of sources).
 */
record StreamId(Kind kind, String id, Set<Long> sources) {
    static final String READING_LIST = "user/-/state/com.google/reading-list";
    static final String STARRED = "user/-/state/com.google/starred";
    static final String READ = "user/-/state/com.google/read";
    static final String KEPT_UNREAD = "user/-/state/com.google/kept-unread";
    static final String LABEL = "user/-/label/";

    enum Kind {
        READING_LIST,
        STARRED,
        READ,
        FEED,
        LABEL
    }

    /** The stream name of a feed. */
    static String feed(Source source) {
        return "feed/" + source.id();
    }

    /** The stream name of a label. */
    static String label(String name) {
        return LABEL + name;
    }

    /** The stream {@code id} names for an account; empty when it names none it has. */
    static Optional<StreamId> parse(String id, Library library) {
        String s = normalise(id);
        switch (s) {
            case READING_LIST -> {
                return Optional.of(new StreamId(Kind.READING_LIST, s, Set.of()));
            }
            case STARRED -> {
                return Optional.of(new StreamId(Kind.STARRED, s, Set.of()));
            }
            case READ -> {
                return Optional.of(new StreamId(Kind.READ, s, Set.of()));
            }
            default -> {}
        }
        if (s.startsWith("feed/")) {
            String rest = s.substring("feed/".length());
            Optional<Source> source = rest.chars().allMatch(Character::isDigit) && !rest.isEmpty()
                    ? library.source(Long.parseLong(rest))
                    : library.sources().stream()
                            .filter(x -> x.feedUrl().toString().equals(rest))
                            .findFirst();
            return source.map(x -> new StreamId(Kind.FEED, feed(x), Set.of(x.id())));
        }
        if (s.startsWith(LABEL)) {
            return library.groupByName(s.substring(LABEL.length()))
                    .map(g -> new StreamId(Kind.LABEL, label(g), library.sourceIds(g)));
        }
        return Optional.empty();
    }

    /** "user/1234/state/..." (a user's own number) means the same as "user/-/state/...". */
    static String normalise(String id) {
        String s = id.strip();
        if (s.startsWith("user/")) {
            int slash = s.indexOf('/', "user/".length());
            if (slash > 0) {
                return "user/-" + s.substring(slash);
            }
        }
        return s;
    }

    /** The query for this stream's items. */
    ItemQuery query(long accountId) {
        ItemQuery q = ItemQuery.of(accountId);
        return switch (kind) {
            case READING_LIST -> q;
            case STARRED -> q.withFilter(ItemQuery.Filter.STARRED);
            case READ -> q.withFilter(ItemQuery.Filter.READ);
            case FEED, LABEL -> q.withSources(sources);
        };
    }
}
