package org.broadsheet.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jspecify.annotations.Nullable;

/**
 * Stories and which article belongs to which. Every change recomputes the summary of the stories it touches (first
 * and last seen, counts of articles and outlets, countries, languages) in the same transaction.
 */
public final class StoryStore {
    /** The recent period whose articles count as a story's growth. */
    public static final Duration GROWTH_WINDOW = Duration.ofHours(6);

    private static final String COLUMNS = "s.id, s.representative_id, a.title AS headline, s.first_seen, s.last_seen,"
            + " s.article_count, s.outlet_count, s.countries, s.languages, s.merged_into";
    private static final String FROM = " FROM story s LEFT JOIN article a ON a.id = s.representative_id";

    private final Jdbi jdbi;
    private final Writes writes;

    StoryStore(Jdbi jdbi, Writes writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    /** One article of a story, as a restart of the clusterer needs it. */
    public record Membership(long storyId, long articleId) {}

    /** Creates an empty story and returns its id. */
    public long create(Instant now) {
        return writes.transaction(h -> h.createUpdate("INSERT INTO story (created, updated) VALUES (:now, :now)")
                .bind("now", now.toEpochMilli())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    /**
     * Puts articles into a story (moving them from any other), sets its representative article and recomputes the
     * summaries of every story involved.
     */
    public void assign(long storyId, List<Long> articleIds, @Nullable Long representativeId, Instant now) {
        writes.change(h -> {
            TreeSet<Long> touched = new TreeSet<>();
            touched.add(storyId);
            if (!articleIds.isEmpty()) {
                touched.addAll(h.createQuery("SELECT DISTINCT story_id FROM story_article WHERE article_id IN (<ids>)")
                        .bindList("ids", articleIds)
                        .mapTo(Long.class)
                        .list());
                h.createUpdate("DELETE FROM story_article WHERE article_id IN (<ids>)")
                        .bindList("ids", articleIds)
                        .execute();
                var batch = h.prepareBatch(
                        "INSERT INTO story_article (article_id, story_id, assigned) VALUES (:article, :story, :now)");
                for (long id : articleIds) {
                    batch.bind("article", id)
                            .bind("story", storyId)
                            .bind("now", now.toEpochMilli())
                            .add();
                }
                batch.execute();
            }
            if (representativeId != null) {
                h.createUpdate("UPDATE story SET representative_id = :rep WHERE id = :id")
                        .bind("rep", representativeId)
                        .bind("id", storyId)
                        .execute();
            }
            for (long id : touched) {
                summarise(h, id, now);
            }
            return null;
        });
    }

    /**
     * Recounts every story whose stored counts no longer match its articles (articles removed by an older version
     * that did not recount, or by hand), and returns how many it fixed: a story is never listed with articles that
     * are gone.
     */
    public int recountStale(Instant now) {
        return writes.change(h -> {
            // Left by deletes made without foreign keys enforced (an SQLite connection without the pragma).
            h.createUpdate("DELETE FROM story_article WHERE NOT EXISTS"
                            + " (SELECT 1 FROM article a WHERE a.id = story_article.article_id)")
                    .execute();
            h.createUpdate("UPDATE story SET representative_id = NULL WHERE representative_id IS NOT NULL"
                            + " AND NOT EXISTS (SELECT 1 FROM article a WHERE a.id = story.representative_id)")
                    .execute();
            List<Long> stale = h.createQuery("SELECT s.id FROM story s WHERE s.article_count <> (SELECT COUNT(*)"
                            + " FROM story_article sa JOIN article a ON a.id = sa.article_id WHERE sa.story_id = s.id)")
                    .mapTo(Long.class)
                    .list();
            for (long id : stale) {
                summarise(h, id, now);
            }
            return stale.size();
        });
    }

    /** Records that {@code from} (now empty) was merged into {@code into}, so that links to it can follow. */
    public void markMerged(long from, long into, Instant now) {
        writes.change(h -> h.createUpdate("UPDATE story SET merged_into = :into, updated = :now WHERE id = :from")
                .bind("into", into)
                .bind("from", from)
                .bind("now", now.toEpochMilli())
                .execute());
    }

    /** Recomputes a story's summary columns from its articles (all zero and empty when it has none left). */
    static void summarise(Handle h, long storyId, Instant now) {
        Map<String, Object> row = h.createQuery("SELECT MIN(a.sort_time) AS first_seen, MAX(a.sort_time) AS last_seen,"
                        + " COUNT(*) AS articles, COUNT(DISTINCT a.source_id) AS outlets FROM story_article sa"
                        + " JOIN article a ON a.id = sa.article_id WHERE sa.story_id = :id")
                .bind("id", storyId)
                .mapToMap()
                .one();
        List<String> countries = h.createQuery("SELECT DISTINCT s.country FROM story_article sa"
                        + " JOIN article a ON a.id = sa.article_id JOIN source s ON s.id = a.source_id"
                        + " WHERE sa.story_id = :id AND s.country IS NOT NULL")
                .bind("id", storyId)
                .mapTo(String.class)
                .list();
        List<String> languages = h.createQuery("SELECT DISTINCT COALESCE(a.language, s.language) FROM story_article sa"
                        + " JOIN article a ON a.id = sa.article_id JOIN source s ON s.id = a.source_id"
                        + " WHERE sa.story_id = :id AND COALESCE(a.language, s.language) IS NOT NULL")
                .bind("id", storyId)
                .mapTo(String.class)
                .list();
        h.createUpdate("UPDATE story SET first_seen = :first, last_seen = :last, article_count = :articles,"
                        + " outlet_count = :outlets, countries = :countries, languages = :languages, updated = :now,"
                        + " representative_id = CASE WHEN EXISTS (SELECT 1 FROM story_article WHERE story_id = :id"
                        + " AND article_id = representative_id) THEN representative_id ELSE (SELECT MIN(article_id)"
                        + " FROM story_article WHERE story_id = :id) END WHERE id = :id")
                .bind("first", (Long) number(row.get("first_seen")))
                .bind("last", (Long) number(row.get("last_seen")))
                .bind("articles", number(row.get("articles")).intValue())
                .bind("outlets", number(row.get("outlets")).intValue())
                .bind("countries", String.join(",", new TreeSet<>(countries)))
                .bind("languages", String.join(",", new TreeSet<>(languages)))
                .bind("now", now.toEpochMilli())
                .bind("id", storyId)
                .execute();
    }

    private static @Nullable Long number(@Nullable Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /**
     * The story with this id, if it has articles or was merged into another (see {@link Story#mergedInto()}): a story
     * whose articles are all gone is not found, on any page or API.
     */
    public Optional<Story> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + FROM
                        + " WHERE s.id = :id AND (s.article_count > 0 OR s.merged_into IS NOT NULL)")
                .bind("id", id)
                .map(StoryStore::map)
                .findOne());
    }

    /** The story an article belongs to, if it was clustered. */
    public Optional<Story> findByArticle(long articleId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + FROM
                        + " JOIN story_article sa ON sa.story_id = s.id WHERE sa.article_id = :id")
                .bind("id", articleId)
                .map(StoryStore::map)
                .findOne());
    }

    /** The ids of a story's articles, oldest first. */
    public List<Long> articleIds(long storyId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT sa.article_id FROM story_article sa"
                        + " JOIN article a ON a.id = sa.article_id WHERE sa.story_id = :id"
                        + " ORDER BY a.sort_time, a.id")
                .bind("id", storyId)
                .mapTo(Long.class)
                .list());
    }

    /**
     * The stories of {@code articleIds} that are covered by at least {@code minOutlets} outlets, keyed by article id
     * (an article in no such story is absent): one query for a whole page of articles.
     */
    public Map<Long, Story> byArticles(Collection<Long> articleIds, int minOutlets) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT sa.article_id AS member_id, " + COLUMNS + FROM
                        + " JOIN story_article sa ON sa.story_id = s.id WHERE sa.article_id IN (<ids>)"
                        + " AND s.merged_into IS NULL AND s.outlet_count >= :outlets")
                .bindList("ids", List.copyOf(articleIds))
                .bind("outlets", minOutlets)
                .map((rs, ctx) -> Map.entry(rs.getLong("member_id"), map(rs, ctx)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The articles of {@code storyIds}, newest first: one query for the stories of a whole page. */
    public List<Membership> memberships(Collection<Long> storyIds) {
        if (storyIds.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT sa.story_id, sa.article_id FROM story_article sa"
                        + " JOIN article a ON a.id = sa.article_id WHERE sa.story_id IN (<ids>)"
                        + " ORDER BY a.sort_time DESC, a.id DESC")
                .bindList("ids", List.copyOf(storyIds))
                .map((rs, ctx) -> new Membership(rs.getLong(1), rs.getLong(2)))
                .list());
    }

    /**
     * Up to {@code limit} stories with articles seen since {@code since}, most recent first, each with its count of
     * articles published in the {@link #GROWTH_WINDOW} before {@code now}: the candidates for top stories.
     */
    public List<Story> candidates(Instant since, Instant now, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + ", (SELECT COUNT(*) FROM story_article r"
                        + " JOIN article ra ON ra.id = r.article_id WHERE r.story_id = s.id"
                        + " AND ra.sort_time >= :growth) AS recent" + FROM
                        + " WHERE s.merged_into IS NULL AND s.article_count > 0 AND s.last_seen >= :since"
                        + " ORDER BY s.last_seen DESC, s.id DESC LIMIT :limit")
                .bind("since", since.toEpochMilli())
                .bind("growth", now.minus(GROWTH_WINDOW).toEpochMilli())
                .bind("limit", limit)
                .map(StoryStore::map)
                .list());
    }

    /**
     * The articles of stories seen since {@code since}, oldest article first: what a clusterer restarting at that time
     * needs to restore.
     */
    public List<Membership> memberships(Instant since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT sa.story_id, sa.article_id FROM story_article sa"
                        + " JOIN story s ON s.id = sa.story_id JOIN article a ON a.id = sa.article_id"
                        + " WHERE s.last_seen >= :since ORDER BY a.sort_time, a.id")
                .bind("since", since.toEpochMilli())
                .map((rs, ctx) -> new Membership(rs.getLong(1), rs.getLong(2)))
                .list());
    }

    /**
     * Up to {@code limit} articles that have an embedding from {@code model} but no story yet, in published order
     * (by publication time, else fetch time): the clusterer's catch-up work.
     */
    public List<Long> unassigned(String model, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT a.id FROM article a"
                        + " JOIN article_embedding e ON e.article_id = a.id AND e.model = :model"
                        + " LEFT JOIN story_article sa ON sa.article_id = a.id WHERE sa.article_id IS NULL"
                        + " ORDER BY a.sort_time, a.id LIMIT :limit")
                .bind("model", model)
                .bind("limit", limit)
                .mapTo(Long.class)
                .list());
    }

    private static Story map(ResultSet rs, StatementContext ctx) throws SQLException {
        boolean growth = hasColumn(rs, "recent");
        long rep = rs.getLong("representative_id");
        Long representative = rs.wasNull() ? null : rep;
        long merged = rs.getLong("merged_into");
        Long mergedInto = rs.wasNull() ? null : merged;
        return new Story(
                rs.getLong("id"),
                rs.getString("headline"),
                representative,
                Rows.instant(rs, "first_seen"),
                Rows.instant(rs, "last_seen"),
                rs.getInt("article_count"),
                rs.getInt("outlet_count"),
                list(rs.getString("countries")),
                list(rs.getString("languages")),
                mergedInto,
                growth ? rs.getInt("recent") : 0);
    }

    private static boolean hasColumn(ResultSet rs, String name) throws SQLException {
        var meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnLabel(i).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> list(@Nullable String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
