package org.broadsheet.store;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jspecify.annotations.Nullable;

/** Sources: the feeds Broadsheet polls, with their settings and health. */
public final class SourceStore {
    private static final String COLUMNS = "id, name, homepage, feed_url, country, language, display, poll_interval_s,"
            + " paused, etag, last_modified, last_attempt, last_success, consecutive_failures, last_error_code,"
            + " last_error_message, next_poll, created, category, next_poll_reason";

    private final Jdbi jdbi;
    private final Writes writes;

    SourceStore(Jdbi jdbi, Writes writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    /**
     * Adds a source, due for polling at once.
     *
     * @throws DuplicateSourceException if a source with the same feed URL exists
     */
    public Source add(NewSource source) {
        if (findByFeedUrl(source.feedUrl()).isPresent()) {
            throw new DuplicateSourceException(source.feedUrl());
        }
        long now = System.currentTimeMillis();
        long id;
        try {
            id = writes.change(h -> h.createUpdate(
                            "INSERT INTO source (name, homepage, feed_url, country, language, display,"
                                    + " poll_interval_s, paused, consecutive_failures, next_poll, created, category)"
                                    + " VALUES (:name, :homepage, :feedUrl, :country, :language, :display,"
                                    + " :interval, 0, 0, :now, :now, :category)")
                    .bind("name", source.name().strip())
                    .bind(
                            "homepage",
                            source.homepage() == null ? null : source.homepage().toString())
                    .bind("feedUrl", source.feedUrl().toString())
                    .bind("country", source.country())
                    .bind("language", source.language())
                    .bind("display", source.display().code())
                    .bind("interval", source.pollInterval().toSeconds())
                    .bind("category", source.category())
                    .bind("now", now)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
        } catch (RuntimeException e) {
            // Another writer may have added the same feed between the check and the insert.
            if (findByFeedUrl(source.feedUrl()).isPresent()) {
                throw new DuplicateSourceException(source.feedUrl());
            }
            throw e;
        }
        return expect(id);
    }

    /** The source with this id, if any. */
    public Optional<Source> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM source WHERE id = :id")
                .bind("id", id)
                .map(SourceStore::map)
                .findOne());
    }

    /**
     * The source with this id.
     *
     * @throws NoSuchElementException if there is none
     */
    public Source expect(long id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("no source with id " + id));
    }

    /** The source polling this feed URL, if any. */
    public Optional<Source> findByFeedUrl(URI feedUrl) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM source WHERE feed_url = :url")
                .bind("url", feedUrl.toString())
                .map(SourceStore::map)
                .findOne());
    }

    /** All sources, ordered by name. */
    public List<Source> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM source ORDER BY LOWER(name), id")
                .map(SourceStore::map)
                .list());
    }

    /** Sources that are not paused and whose next poll is due at {@code now}, the most overdue first. */
    public List<Source> due(Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM source WHERE paused = 0"
                        + " AND (next_poll IS NULL OR next_poll <= :now) ORDER BY next_poll, id")
                .bind("now", now.toEpochMilli())
                .map(SourceStore::map)
                .list());
    }

    /** The earliest next poll of any active source, if there is one. */
    public Optional<Instant> nextDue() {
        return jdbi.withHandle(h -> h.createQuery("SELECT MIN(next_poll) FROM source WHERE paused = 0")
                .mapTo(Long.class)
                .findOne()
                .map(Instant::ofEpochMilli));
    }

    /**
     * Removes a source and its articles; false when there was no such source. The stories that held its articles are
     * recounted in the same transaction, so that a story left without articles disappears from every list at once.
     */
    public boolean remove(long id) {
        int removed = writes.change(h -> {
            List<Long> stories = h.createQuery("SELECT DISTINCT sa.story_id FROM story_article sa"
                            + " JOIN article a ON a.id = sa.article_id WHERE a.source_id = :id")
                    .bind("id", id)
                    .mapTo(Long.class)
                    .list();
            // The articles' story memberships go with them (ON DELETE CASCADE); their stories are recounted below.
            h.createUpdate("DELETE FROM article WHERE source_id = :id")
                    .bind("id", id)
                    .execute();
            int count = h.createUpdate("DELETE FROM source WHERE id = :id")
                    .bind("id", id)
                    .execute();
            Instant now = Instant.now();
            for (long story : stories) {
                StoryStore.summarise(h, story, now);
            }
            return count;
        });
        return removed > 0;
    }

    /** Pauses or resumes polling of a source. */
    public void setPaused(long id, boolean paused) {
        update("UPDATE source SET paused = :paused WHERE id = :id", id, "paused", paused ? 1 : 0);
    }

    /** Makes a source due for polling now. */
    public void scheduleNow(long id) {
        update(
                "UPDATE source SET next_poll = :at, next_poll_reason = 'refresh asked for by an operator' WHERE id = :id",
                id,
                "at",
                System.currentTimeMillis());
    }

    /**
     * The operator's CSS selector for this source's article body, if one is set. Kept apart from {@link Source}: only
     * extraction and the source form read it.
     */
    public Optional<String> contentRule(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT content_rule FROM source WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne()
                .filter(rule -> !rule.isBlank()));
    }

    /**
     * Sets the source's content rule, or removes it when {@code selector} is null; the caller has validated it.
     * Returns false when there is no such source.
     */
    public boolean setContentRule(long id, @Nullable String selector) {
        int changed = writes.change(h -> h.createUpdate("UPDATE source SET content_rule = :rule WHERE id = :id")
                .bind("id", id)
                .bind("rule", selector)
                .execute());
        return changed > 0;
    }

    /** Sets the source's homepage (the demo's moves with its server's port). */
    public void setHomepage(long id, URI homepage) {
        update("UPDATE source SET homepage = :url WHERE id = :id", id, "url", homepage.toString());
    }

    /** Replaces the feed URL after a permanent redirect. */
    public void moveFeed(long id, URI newFeedUrl) {
        update("UPDATE source SET feed_url = :url WHERE id = :id", id, "url", newFeedUrl.toString());
    }

    /**
     * Records a successful poll with the response's validators for the next conditional GET. Health is not counted as
     * a change of content: pages that cache on {@link Database#version()} keep their copies.
     */
    public void recordSuccess(
            long id, Instant at, @Nullable String etag, @Nullable String lastModified, Instant nextPoll) {
        recordSuccess(id, at, etag, lastModified, nextPoll, null);
    }

    /** Records a successful poll like {@link #recordSuccess(long, Instant, String, String, Instant)}, saying why the next poll is due then. */
    public void recordSuccess(
            long id,
            Instant at,
            @Nullable String etag,
            @Nullable String lastModified,
            Instant nextPoll,
            @Nullable String nextPollReason) {
        writes.transaction(h -> h.createUpdate("UPDATE source SET last_attempt = :at, last_success = :at,"
                        + " consecutive_failures = 0, last_error_code = NULL, last_error_message = NULL,"
                        + " etag = :etag, last_modified = :lastModified, next_poll = :next, next_poll_reason = :why"
                        + " WHERE id = :id")
                .bind("id", id)
                .bind("at", at.toEpochMilli())
                .bind("etag", etag)
                .bind("lastModified", lastModified)
                .bind("next", nextPoll.toEpochMilli())
                .bind("why", clip(nextPollReason))
                .execute());
    }

    /** Records a failed poll: its stable reason code and message, and when to try again. */
    public void recordFailure(long id, Instant at, String code, String message, Instant nextPoll) {
        recordFailure(id, at, code, message, nextPoll, null);
    }

    /** Records a failed poll like {@link #recordFailure(long, Instant, String, String, Instant)}, saying why the next poll is due then. */
    public void recordFailure(
            long id, Instant at, String code, String message, Instant nextPoll, @Nullable String nextPollReason) {
        writes.transaction(h -> h.createUpdate("UPDATE source SET last_attempt = :at,"
                        + " consecutive_failures = consecutive_failures + 1, last_error_code = :code,"
                        + " last_error_message = :message, next_poll = :next, next_poll_reason = :why WHERE id = :id")
                .bind("id", id)
                .bind("at", at.toEpochMilli())
                .bind("code", code)
                .bind("message", clip(message))
                .bind("next", nextPoll.toEpochMilli())
                .bind("why", clip(nextPollReason))
                .execute());
    }

    private static @Nullable String clip(@Nullable String text) {
        return text != null && text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private void update(String sql, long id, String name, Object value) {
        writes.change(h -> h.createUpdate(sql).bind("id", id).bind(name, value).execute());
    }

    private static Source map(ResultSet rs, StatementContext ctx) throws SQLException {
        SourceHealth health = new SourceHealth(
                Rows.instant(rs, "last_attempt"),
                Rows.instant(rs, "last_success"),
                rs.getInt("consecutive_failures"),
                rs.getString("last_error_code"),
                rs.getString("last_error_message"),
                Rows.instant(rs, "next_poll"),
                rs.getString("next_poll_reason"));
        return new Source(
                rs.getLong("id"),
                rs.getString("name"),
                Rows.uri(rs, "homepage"),
                URI.create(rs.getString("feed_url")),
                rs.getString("country"),
                rs.getString("language"),
                DisplayPolicy.parse(rs.getString("display")),
                Duration.ofSeconds(rs.getLong("poll_interval_s")),
                rs.getInt("paused") != 0,
                rs.getString("etag"),
                rs.getString("last_modified"),
                health,
                Instant.ofEpochMilli(rs.getLong("created")),
                rs.getString("category"));
    }
}
