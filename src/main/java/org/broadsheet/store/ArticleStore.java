package org.broadsheet.store;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Articles: stored once per (source, feed entry), updated in place when the entry changes. */
public final class ArticleStore {
    private static final Logger log = LoggerFactory.getLogger(ArticleStore.class);
    private static final String COLUMNS = "id, source_id, url, canonical_url, guid, title, byline, published, updated,"
            + " fetched, language, text, html, excerpt, image, word_count, content_hash,"
            + " content_flag";

    private final Jdbi jdbi;
    private final Writes writes;

    /** Articles with fewer words are never matched by content alone. */
    static final int MIN_WORDS_TO_MATCH_CONTENT = 50;

    ArticleStore(Jdbi jdbi, Writes writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    /**
     * Stores a draft: inserts it when its source has no article with the same guid (or, failing that, the same URL),
     * updates that article when the title, content or update time changed, and otherwise leaves it alone.
     */
    public UpsertOutcome upsert(ArticleDraft draft) {
        UpsertOutcome outcome = writes.transaction(h -> upsert(h, draft));
        if (outcome.kind() != UpsertOutcome.Kind.UNCHANGED) {
            writes.changed();
        }
        return outcome;
    }

    /**
     * Stores the drafts of one poll, in order, as {@link #upsert} would one by one, but in one transaction: each draft
     * in a savepoint of its own, so that a draft the database refuses is rolled back alone and reported, and the others
     * are stored. Should the transaction itself fail (its commit, say), each draft is tried again in its own.
     *
     * @return one result per draft, in the order of {@code drafts}
     */
    public List<DraftResult> upsertAll(List<ArticleDraft> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        List<DraftResult> results;
        try {
            results = writes.transaction(h -> {
                List<DraftResult> stored = new ArrayList<>(drafts.size());
                for (int i = 0; i < drafts.size(); i++) {
                    String savepoint = "draft_" + i;
                    h.savepoint(savepoint);
                    try {
                        stored.add(new DraftResult.Stored(upsert(h, drafts.get(i))));
                    } catch (RuntimeException e) {
                        h.rollbackToSavepoint(savepoint);
                        stored.add(new DraftResult.Failed(e));
                    }
                    h.releaseSavepoint(savepoint);
                }
                return stored;
            });
        } catch (RuntimeException batchFailure) {
            log.atWarn()
                    .setCause(batchFailure)
                    .log("storing {} drafts in one transaction failed; storing each on its own", drafts.size());
            results = new ArrayList<>(drafts.size());
            for (ArticleDraft draft : drafts) {
                try {
                    results.add(new DraftResult.Stored(writes.transaction(h -> upsert(h, draft))));
                } catch (RuntimeException e) {
                    results.add(new DraftResult.Failed(e));
                }
            }
        }
        if (results.stream().anyMatch(DraftResult::changed)) {
            writes.changed();
        }
        return List.copyOf(results);
    }

    private static UpsertOutcome upsert(Handle h, ArticleDraft draft) {
        Optional<Existing> existing = existing(h, draft);
        if (existing.isEmpty()) {
            long id = bindAll(
                            h.createUpdate("INSERT INTO article (source_id, url, canonical_url, guid, title,"
                                    + " byline, published, updated, fetched, sort_time, language, text, html,"
                                    + " excerpt, image, word_count, content_hash, content_flag) VALUES"
                                    + " (:sourceId, :url, :canonicalUrl, :guid, :title, :byline, :published,"
                                    + " :updated, :fetched, :sortTime, :language, :text, :html, :excerpt, :image,"
                                    + " :wordCount, :contentHash, :contentFlag)"),
                            draft)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            return new UpsertOutcome(id, UpsertOutcome.Kind.INSERTED);
        }
        Existing old = existing.get();
        if (old.unchangedBy(draft)) {
            return new UpsertOutcome(old.id(), UpsertOutcome.Kind.UNCHANGED);
        }
        // The first fetch time stays, so that an edit without a publication time does not move an article to the
        // top; the sort position follows a corrected publication time, as Article.sortTime() does.
        bindAll(
                        h.createUpdate("UPDATE article SET url = :url, canonical_url = :canonicalUrl,"
                                + " guid = :guid, title = :title, byline = :byline, published = :published,"
                                + " updated = :updated, language = :language, text = :text, html = :html,"
                                + " excerpt = :excerpt, image = :image, word_count = :wordCount,"
                                + " content_hash = :contentHash, content_flag = :contentFlag,"
                                + " sort_time = COALESCE(:published, fetched)"
                                + " WHERE id = :id"),
                        draft)
                .bind("id", old.id())
                .execute();
        return new UpsertOutcome(old.id(), UpsertOutcome.Kind.UPDATED);
    }

    /** The source's article for this feed entry, matched by guid or else by URL, if it has one. */
    public Optional<Article> findByEntry(long sourceId, String guid, URI url) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM article WHERE source_id = :sourceId"
                        + " AND (guid = :guid OR url = :url) ORDER BY CASE WHEN guid = :guid THEN 0 ELSE 1 END, id"
                        + " LIMIT 1")
                .bind("sourceId", sourceId)
                .bind("guid", guid)
                .bind("url", url.toString())
                .map(ArticleStore::map)
                .findOne());
    }

    /** The article with this id, if any. */
    public Optional<Article> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM article WHERE id = :id")
                .bind("id", id)
                .map(ArticleStore::map)
                .findOne());
    }

    /** A page of articles, newest first (by publication time, else fetch time; then id), strictly after the cursor. */
    public List<Article> list(ArticleQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM article WHERE 1 = 1");
        if (query.sourceId() != null) {
            sql.append(" AND source_id = :sourceId");
        }
        if (query.after() != null) {
            sql.append(" AND (sort_time < :time OR (sort_time = :time AND id < :id))");
        }
        sql.append(" ORDER BY sort_time DESC, id DESC LIMIT :limit");
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString()).bind("limit", query.limit());
            if (query.sourceId() != null) {
                q.bind("sourceId", query.sourceId());
            }
            ArticleCursor after = query.after();
            if (after != null) {
                q.bind("time", after.time().toEpochMilli()).bind("id", after.id());
            }
            return q.map(ArticleStore::map).list();
        });
    }

    /** The publication times of a source's newest articles that have one, newest first, at most {@code limit}. */
    public List<Instant> recentPublished(long sourceId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT published FROM article WHERE source_id = :id"
                        + " AND published IS NOT NULL ORDER BY sort_time DESC, id DESC LIMIT :limit")
                .bind("id", sourceId)
                .bind("limit", limit)
                .mapTo(Long.class)
                .map(Instant::ofEpochMilli)
                .list());
    }

    /** How many articles are stored. */
    public long count() {
        return jdbi.withHandle(h ->
                h.createQuery("SELECT COUNT(*) FROM article").mapTo(Long.class).one());
    }

    /** How many articles one source has. */
    public long countBySource(long sourceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM article WHERE source_id = :id")
                .bind("id", sourceId)
                .mapTo(Long.class)
                .one());
    }

    /** An article's id and content hash: enough to tell whether a derived copy (index, embedding) is current. */
    public record Version(long id, String contentHash) {}

    /** Up to {@code limit} articles with an id above {@code afterId}, as id and content hash, in id order. */
    public List<Version> versions(long afterId, int limit) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT id, content_hash FROM article WHERE id > :after ORDER BY id LIMIT :limit")
                        .bind("after", afterId)
                        .bind("limit", limit)
                        .map((rs, ctx) -> new Version(rs.getLong(1), rs.getString(2)))
                        .list());
    }

    /** The articles among {@code ids} that exist, in id order. */
    public List<Article> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM article WHERE id IN (<ids>) ORDER BY id")
                .bindList("ids", List.copyOf(ids))
                .map(ArticleStore::map)
                .list());
    }

    /**
     * The article a draft is a new version of: the source's article with the same guid, else the same URL, else the same
     * canonical URL (as its URL or its canonical URL; a site's root is never taken as an article's canonical), else the
     * same title and text when the text is long enough to tell articles apart. So a guid that changes while the address
     * or the content stays is the same article.
     */
    private static Optional<Existing> existing(Handle h, ArticleDraft draft) {
        String select =
                "SELECT id, title, updated, content_hash, content_flag FROM article WHERE source_id = :sourceId AND ";
        Optional<Existing> byGuid = h.createQuery(select + "guid = :guid")
                .bind("sourceId", draft.sourceId())
                .bind("guid", draft.guid())
                .map(ArticleStore::mapExisting)
                .findOne();
        if (byGuid.isPresent()) {
            return byGuid;
        }
        Optional<Existing> byUrl = h.createQuery(select + "url = :url ORDER BY id LIMIT 1")
                .bind("sourceId", draft.sourceId())
                .bind("url", draft.url().toString())
                .map(ArticleStore::mapExisting)
                .findOne();
        if (byUrl.isPresent()) {
            return byUrl;
        }
        URI canonical = draft.canonicalUrl();
        if (canonical != null
                && canonical.getRawPath() != null
                && canonical.getRawPath().length() > 1) {
            Optional<Existing> byCanonical = h.createQuery(
                            select + "(canonical_url = :canonical OR url = :canonical) ORDER BY id LIMIT 1")
                    .bind("sourceId", draft.sourceId())
                    .bind("canonical", canonical.toString())
                    .map(ArticleStore::mapExisting)
                    .findOne();
            if (byCanonical.isPresent()) {
                return byCanonical;
            }
        }
        if (draft.wordCount() < MIN_WORDS_TO_MATCH_CONTENT) {
            return Optional.empty(); // "Daily crossword" with a one-line text every day: different articles
        }
        return h.createQuery(select + "content_hash = :hash ORDER BY id LIMIT 1")
                .bind("sourceId", draft.sourceId())
                .bind("hash", draft.contentHash())
                .map(ArticleStore::mapExisting)
                .findOne();
    }

    private static Update bindAll(Update update, ArticleDraft d) {
        Instant sortTime = d.published() != null ? d.published() : d.fetched();
        return update.bind("sourceId", d.sourceId())
                .bind("url", d.url().toString())
                .bind("canonicalUrl", Rows.text(d.canonicalUrl()))
                .bind("guid", d.guid())
                .bind("title", d.title())
                .bind("byline", d.byline())
                .bind("published", Rows.millis(d.published()))
                .bind("updated", Rows.millis(d.updated()))
                .bind("fetched", d.fetched().toEpochMilli())
                .bind("sortTime", sortTime.toEpochMilli())
                .bind("language", d.language())
                .bind("text", d.text())
                .bind("html", d.html())
                .bind("excerpt", d.excerpt())
                .bind("image", Rows.text(d.image()))
                .bind("wordCount", d.wordCount())
                .bind("contentHash", d.contentHash())
                .bind(
                        "contentFlag",
                        d.contentFlag() == null ? null : d.contentFlag().name());
    }

    private record Existing(
            long id,
            String title,
            @Nullable Long updated,
            String contentHash,
            @Nullable String contentFlag) {
        boolean unchangedBy(ArticleDraft draft) {
            return title.equals(draft.title())
                    && contentHash.equals(draft.contentHash())
                    && Objects.equals(
                            contentFlag,
                            draft.contentFlag() == null
                                    ? null
                                    : draft.contentFlag().name())
                    && Objects.equals(updated, Rows.millis(draft.updated()));
        }
    }

    private static Existing mapExisting(ResultSet rs, StatementContext ctx) throws SQLException {
        long updated = rs.getLong("updated");
        Long updatedOrNull = rs.wasNull() ? null : updated;
        return new Existing(
                rs.getLong("id"),
                rs.getString("title"),
                updatedOrNull,
                rs.getString("content_hash"),
                rs.getString("content_flag"));
    }

    private static Article map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Article(
                rs.getLong("id"),
                rs.getLong("source_id"),
                URI.create(rs.getString("url")),
                Rows.uri(rs, "canonical_url"),
                rs.getString("guid"),
                rs.getString("title"),
                rs.getString("byline"),
                Rows.instant(rs, "published"),
                Rows.instant(rs, "updated"),
                Instant.ofEpochMilli(rs.getLong("fetched")),
                rs.getString("language"),
                rs.getString("text"),
                rs.getString("html"),
                rs.getString("excerpt"),
                Rows.uri(rs, "image"),
                rs.getInt("word_count"),
                rs.getString("content_hash"),
                flag(rs.getString("content_flag")));
    }

    /** A flag stored by a later version than this one is read as none rather than failing the whole page. */
    private static @Nullable ContentFlag flag(@Nullable String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return ContentFlag.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
