package org.broadsheet.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleStore;
import org.broadsheet.store.ReadingStore;
import org.broadsheet.store.Source;
import org.broadsheet.store.SourceStore;

/**
 * What one article looks like to a Google Reader app: its long-form id, times in the units the protocol uses, title,
 * links, body (an excerpt for excerpt-only outlets), categories (reading list, its outlet's label, read, starred) and
 * origin, as one reader sees it.
 */
final class ReaderItems {
    private final SourceStore sources;
    private final ArticleStore articles;
    private final ReadingStore reading;

    ReaderItems(SourceStore sources, ArticleStore articles, ReadingStore reading) {
        this.sources = sources;
        this.articles = articles;
        this.reading = reading;
    }

    /** The items with these ids, in that order (ids that are gone are left out), as {@code account} sees them. */
    List<Map<String, Object>> of(long account, List<Long> ids) {
        Map<Long, Article> found =
                articles.findAll(ids).stream().collect(Collectors.toMap(Article::id, a -> a, (a, b) -> a));
        Map<Long, ReadingStore.State> states = reading.states(account, ids);
        Map<Long, Source> sourceById = new LinkedHashMap<>();
        for (Source s : sources.all()) {
            sourceById.put(s.id(), s);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (long id : ids) {
            Article a = found.get(id);
            if (a == null) {
                continue;
            }
            Source source = sourceById.get(a.sourceId());
            ReadingStore.State state = states.getOrDefault(id, ReadingStore.State.NEW);
            List<String> categories = new ArrayList<>();
            categories.add(StreamId.READING_LIST);
            String group = source == null ? null : Library.group(source);
            if (group != null) {
                categories.add(StreamId.label(group));
            }
            if (state.read()) {
                categories.add(StreamId.READ);
            }
            if (state.starred()) {
                categories.add(StreamId.STARRED);
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", ItemIds.longForm(a.id()));
            item.put("crawlTimeMsec", Long.toString(a.fetched().toEpochMilli()));
            item.put("timestampUsec", Long.toString(SyncRequests.micros(a.sortTime())));
            item.put("published", a.sortTime().getEpochSecond());
            item.put("updated", (a.updated() != null ? a.updated() : a.sortTime()).getEpochSecond());
            item.put("title", a.title());
            item.put("author", a.byline() == null ? "" : a.byline());
            item.put("canonical", List.of(Map.of("href", a.url().toString())));
            item.put("alternate", List.of(Map.of("href", a.url().toString(), "type", "text/html")));
            item.put("summary", Map.of("direction", "ltr", "content", ItemBody.html(a, source)));
            item.put("categories", categories);
            Map<String, Object> origin = new LinkedHashMap<>();
            origin.put("streamId", source == null ? "feed/" + a.sourceId() : StreamId.feed(source));
            origin.put("title", source == null ? "" : source.name());
            origin.put(
                    "htmlUrl",
                    source == null || source.homepage() == null
                            ? ""
                            : source.homepage().toString());
            item.put("origin", origin);
            items.add(item);
        }
        return items;
    }
}
