package org.broadsheet.ingest;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.feed.FeedEntry;
import org.broadsheet.store.ArticleDraft;
import org.jspecify.annotations.Nullable;

/**
 * The articles one poll has read and not yet stored: they go to the store together, in one transaction, when the
 * poll has read its last page. Not thread-safe; a poll is one thread.
 */
final class PollBatch {
    /** An entry read in this poll, waiting to be stored with the others. */
    private record Pending(FeedEntry entry, URI link, ArticleDraft draft, boolean fromFeed) {}

    private final List<Pending> pending = new ArrayList<>();

    void add(FeedEntry entry, URI link, ArticleDraft draft, boolean fromFeed) {
        pending.add(new Pending(entry, link, draft, fromFeed));
    }

    /**
     * Whether an entry with the same id or link is already waiting to be stored and this one says it is no newer: what
     * the check against stored articles would say once that one is stored, so the same page is not read twice.
     */
    boolean repeats(FeedEntry entry, URI link) {
        for (Pending p : pending) {
            if ((p.entry().id().equals(entry.id()) || p.link().equals(link))
                    && (entry.updated() == null || sameMillis(p.entry().updated(), entry.updated()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameMillis(@Nullable Instant a, Instant b) {
        return a != null && a.toEpochMilli() == b.toEpochMilli();
    }

    /** The drafts, in the order the entries were read. */
    List<ArticleDraft> drafts() {
        return pending.stream().map(Pending::draft).toList();
    }

    FeedEntry entry(int index) {
        return pending.get(index).entry();
    }

    /** Whether the article at {@code index} was made from the feed's own content rather than its page. */
    boolean fromFeed(int index) {
        return pending.get(index).fromFeed();
    }
}
