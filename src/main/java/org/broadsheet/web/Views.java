package org.broadsheet.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.broadsheet.search.Related;
import org.broadsheet.search.SearchHit;
import org.broadsheet.store.Article;
import org.broadsheet.store.ContentFlag;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.Source;
import org.broadsheet.store.SourceHealth;
import org.broadsheet.store.Story;
import org.jspecify.annotations.Nullable;

/** Turns stored articles and sources into the view models the templates show. */
final class Views {
    private final TimeDisplay time;
    private final MediaProxy media;

    Views(TimeDisplay time, MediaProxy media) {
        this.time = time;
        this.media = media;
    }

    /** The card for {@code article}; {@code sources} maps ids to outlets (a removed outlet reads "Unknown outlet"). */
    ArticleCard card(Article article, Map<Long, Source> sources, int comments) {
        Source source = sources.get(article.sourceId());
        Instant when = article.sortTime();
        return new ArticleCard(
                articleHref(article.id()),
                article.title(),
                source == null ? "Unknown outlet" : source.name(),
                sourceHref(article.sourceId()),
                time.iso(when),
                time.relative(when),
                clip(article.excerpt(), 280),
                media.url(httpOrNull(article.image())),
                comments,
                article.languageOr(source));
    }

    /** The cards of {@code articles}, with their comment counts from {@code comments} (absent means none). */
    List<ArticleCard> cards(List<Article> articles, Map<Long, Source> sources, Map<Long, Integer> comments) {
        return articles.stream()
                .map(a -> card(a, sources, comments.getOrDefault(a.id(), 0)))
                .toList();
    }

    ArticleView article(Article article, Source source) {
        Instant when = article.sortTime();
        String image = httpOrNull(article.image());
        boolean full = source.display() == DisplayPolicy.FULL && !article.html().isBlank();
        if (image != null && full && LeadImage.bodyOpensWith(article.html(), image)) {
            image = null;
        }
        URI original = article.canonicalUrl() != null ? article.canonicalUrl() : article.url();
        String originalHref = httpOrNull(original);
        return new ArticleView(
                article.id(),
                article.title(),
                blankToNull(article.languageOr(source)),
                source.name(),
                sourceHref(source.id()),
                time.date(when),
                time.dateTime(when),
                time.iso(when),
                time.relative(when),
                blankToNull(article.byline()),
                media.url(image),
                full ? media.rewrite(article.html()) : null,
                article.excerpt(),
                full ? standfirst(article) : null,
                originalHref != null ? originalHref : articleHref(article.id()),
                contentNotice(article.contentFlag()));
    }

    /** What the article page says about a body flagged as possibly incomplete. */
    private static @Nullable String contentNotice(@Nullable ContentFlag flag) {
        if (flag == null) {
            return null;
        }
        return switch (flag) {
            case TRUNCATED ->
                "The outlet's page gave less than its feed, so this is the text from its feed; it may be"
                        + " incomplete.";
            case PAYWALLED -> "This article is for the outlet's subscribers; the text here may be only its opening.";
        };
    }

    /**
     * The excerpt as a standfirst above the body, unless the body opens with the same words (an excerpt taken from the
     * first paragraph would otherwise be read twice).
     */
    private static @Nullable String standfirst(Article article) {
        String excerpt =
                article.excerpt().replace("…", "").replaceAll("\\s+", " ").strip();
        if (excerpt.isEmpty()) {
            return null;
        }
        String opening = article.text().replaceAll("\\s+", " ").strip();
        int probe = Math.min(excerpt.length(), 80);
        return opening.startsWith(excerpt.substring(0, probe)) ? null : article.excerpt();
    }

    SourceView source(Source source) {
        return new SourceView(
                source.id(),
                sourceHref(source.id()),
                source.name(),
                httpOrNull(source.homepage()),
                source.feedUrl().toString(),
                source.country(),
                source.language(),
                source.display().code(),
                source.paused(),
                health(source));
    }

    HealthView health(Source source) {
        SourceHealth h = source.health();
        String status;
        if (source.paused()) {
            status = "paused";
        } else if (h.failing()) {
            status = "failing";
        } else if (h.lastAttempt() == null) {
            status = "new";
        } else {
            status = "ok";
        }
        return new HealthView(
                status,
                past(h.lastSuccess()),
                past(h.lastAttempt()),
                h.consecutiveFailures(),
                h.lastErrorCode(),
                h.lastErrorMessage(),
                source.paused() ? null : future(h.nextPoll()),
                source.paused() ? null : h.nextPollReason());
    }

    /** The card of a related article: never its body, only the index's short excerpt. */
    RelatedCard related(Related r) {
        return new RelatedCard(
                articleHref(r.id()),
                r.title(),
                r.outlet(),
                sourceHref(r.sourceId()),
                time.iso(r.time()),
                time.relative(r.time()),
                r.excerpt(),
                r.why());
    }

    SearchPage.Result result(SearchHit h) {
        return new SearchPage.Result(
                articleHref(h.id()),
                h.titleHtml(),
                h.snippetHtml(),
                h.outlet(),
                sourceHref(h.sourceId()),
                time.iso(h.time()),
                time.relative(h.time()),
                h.semantic());
    }

    /** The card of a story; its headline falls back to "Untitled story" while it has no representative. */
    StoryCard storyCard(Story story) {
        Instant last = story.lastSeen() == null ? Instant.EPOCH : story.lastSeen();
        return new StoryCard(
                "/stories/" + story.id(),
                story.headline() == null ? "Untitled story" : story.headline(),
                story.articleCount(),
                story.outletCount(),
                story.countries(),
                story.languages(),
                time.iso(last),
                time.relative(last));
    }

    String dateTime(Instant instant) {
        return time.dateTime(instant);
    }

    static String articleHref(long id) {
        return "/articles/" + id;
    }

    static String sourceHref(long id) {
        return "/sources/" + id;
    }

    /** The address as text when it is absolute http or https; anything else (javascript:, data:) is dropped. */
    static @Nullable String httpOrNull(@Nullable URI uri) {
        if (uri == null || uri.getScheme() == null) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") ? uri.toString() : null;
    }

    private @Nullable String past(@Nullable Instant instant) {
        return instant == null ? null : time.dateTime(instant) + " (" + time.relative(instant) + ")";
    }

    private @Nullable String future(@Nullable Instant instant) {
        return instant == null ? null : time.dateTime(instant) + " (" + time.relativeFuture(instant) + ")";
    }

    /** {@code text} cut at a word boundary to at most about {@code max} characters, with an ellipsis if cut. */
    static String clip(String text, int max) {
        String s = text.strip();
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max);
        return s.substring(0, cut > max / 2 ? cut : max).stripTrailing() + "…";
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
