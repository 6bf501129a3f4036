package org.broadsheet.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.broadsheet.store.Article;
import org.broadsheet.store.Source;
import org.broadsheet.store.Story;
import org.jspecify.annotations.Nullable;

/**
 * Turns a page of articles and the stories they belong to into front-page cards, one per story: the story's lead
 * article (in the reader's language and with an image when one is), then other outlets' headlines, the reader's
 * language first. Works on what one page fetched; it runs no queries.
 */
final class StoryGroups {
    /** Other outlets' headlines under a lead article. */
    static final int OTHERS = 3;

    private final Views views;
    private final Map<Long, Source> sources;
    private final Map<Long, List<Article>> members;
    private final Map<Long, Integer> comments;
    private final String language;
    private final Set<Long> shown = new HashSet<>();

    /**
     * @param members each story's articles, newest first, by story id
     * @param comments comment counts by article id (absent means none)
     * @param language the reader's language (ISO 639-1), whose articles lead and whose headlines come first
     */
    StoryGroups(
            Views views,
            Map<Long, Source> sources,
            Map<Long, List<Article>> members,
            Map<Long, Integer> comments,
            String language) {
        this.views = views;
        this.sources = sources;
        this.members = members;
        this.comments = comments;
        this.language = language;
    }

    /** The cards of {@code stories}, in their order, leaving out any already shown by this instance. */
    List<FrontCard> ofStories(List<Story> stories) {
        List<FrontCard> cards = new ArrayList<>();
        for (Story story : stories) {
            if (shown.add(story.id())) {
                group(story).ifPresent(cards::add);
            }
        }
        return cards;
    }

    /**
     * The cards of {@code articles}, newest first: an article of a story in {@code storyOf} (by article id) becomes
     * that story's card, once, unless the story was shown already; any other article is a card of its own.
     */
    List<FrontCard> ofArticles(List<Article> articles, Map<Long, Story> storyOf) {
        List<FrontCard> cards = new ArrayList<>();
        for (Article article : articles) {
            Story story = storyOf.get(article.id());
            if (story == null) {
                cards.add(new FrontCard.Single(card(article)));
            } else if (shown.add(story.id())) {
                cards.add(group(story).orElseGet(() -> new FrontCard.Single(card(article))));
            }
        }
        return cards;
    }

    private Optional<FrontCard> group(Story story) {
        List<Article> all = members.getOrDefault(story.id(), List.of());
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Article lead = lead(all, story.representativeId());
        List<OtherHeadline> others =
                others(lead, all).stream().map(this::headline).toList();
        return Optional.of(new FrontCard.Group(card(lead), others, views.storyCard(story)));
    }

    /** The lead: in the reader's language, then with an image, then the story's representative, then the newest. */
    Article lead(List<Article> newestFirst, @Nullable Long representativeId) {
        Comparator<Article> order = Comparator.comparing((Article a) -> !inReaderLanguage(a))
                .thenComparing(a -> Views.httpOrNull(a.image()) == null)
                .thenComparing(a -> representativeId == null || a.id() != representativeId);
        return newestFirst.stream().sorted(order).findFirst().orElseThrow();
    }

    /** One article per other outlet than the lead's, the reader's language first, then the newest. */
    List<Article> others(Article lead, List<Article> newestFirst) {
        Set<Long> outlets = new LinkedHashSet<>();
        outlets.add(lead.sourceId());
        return newestFirst.stream()
                .sorted(Comparator.comparing((Article a) -> !inReaderLanguage(a)))
                .filter(a -> outlets.add(a.sourceId()))
                .limit(OTHERS)
                .toList();
    }

    private boolean inReaderLanguage(Article a) {
        return language.equals(a.languageOr(sources.get(a.sourceId())));
    }

    private ArticleCard card(Article a) {
        return views.card(a, sources, comments.getOrDefault(a.id(), 0));
    }

    private OtherHeadline headline(Article a) {
        ArticleCard card = card(a);
        String lang = a.languageOr(sources.get(a.sourceId()));
        return new OtherHeadline(
                card.href(),
                card.title(),
                card.outlet(),
                card.sourceHref(),
                lang == null || lang.isBlank() ? null : lang,
                card.isoTime(),
                card.relativeTime());
    }
}
