package org.broadsheet.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.broadsheet.extract.ContentRule;
import org.broadsheet.feed.FeedDiscoveryException;
import org.broadsheet.feed.FeedFinder;
import org.broadsheet.store.DuplicateSourceException;
import org.broadsheet.store.Source;
import org.broadsheet.store.SourceStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's sources page and its actions: add a feed, fetch one now, pause, resume, remove, set a content rule. Every action that
 * succeeds answers with a 303 redirect so that reloading the page does not repeat it; one that cannot be done shows
 * the page again with a 400 and the reason. Access is checked by {@link OperatorAccess}.
 */
final class AdminPages {
    private static final Logger log = LoggerFactory.getLogger(AdminPages.class);
    private static final String PAGE = "/admin/sources";

    private final SourceStore sources;
    private final Views views;
    private final Templates templates;
    private final Site site;
    private final LongConsumer refreshSourceNow;
    private final @Nullable FeedFinder feedFinder;

    /** Adds every address as entered unless {@code services} has a {@link WebServices#feedFinder()}. */
    AdminPages(WebServices services, PageTools tools) {
        this.sources = services.sources();
        this.refreshSourceNow = services.refreshSourceNow();
        this.feedFinder = services.feedFinder();
        this.views = tools.views();
        this.templates = tools.templates();
        this.site = tools.site();
    }

    /** {@code GET /admin/sources}: the table of sources and an empty form, with a notice after an action. */
    void list(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        show(ctx, AddSourceForm.empty(), Map.of(), notice(ctx));
    }

    /**
     * {@code POST /admin/sources}: adds a feed and fetches it, or shows the form again with what is wrong. With a
     * {@link FeedFinder}, a site's address is replaced by the first feed found there, and one that cannot be fetched or
     * holds no feed is refused with the reason beside the field, unless the operator ticked "Add it anyway".
     */
    void add(Context ctx) {
        AddSourceForm form = AddSourceForm.of(
                ctx.formParam("feedUrl"),
                ctx.formParam("name"),
                ctx.formParam("country"),
                ctx.formParam("language"),
                ctx.formParam("display"),
                ctx.formParam("force"));
        Map<String, String> problems = form.problems();
        if (problems.isEmpty()) {
            try {
                Source added = sources.add(form.toNewSource(feedUrl(form.url(), form.force())));
                log.info("Source added: source_id={} url={}", added.id(), added.feedUrl());
                refreshSourceNow.accept(added.id());
                ctx.redirect(Views.sourceHref(added.id()), HttpStatus.SEE_OTHER);
                return;
            } catch (DuplicateSourceException e) {
                problems = Map.of("feedUrl", "This feed is already added.");
            } catch (FeedDiscoveryException e) {
                problems = Map.of("feedUrl", discoveryProblem(e));
            }
        }
        ctx.status(HttpStatus.BAD_REQUEST);
        show(ctx, form, problems, null);
    }

    /**
     * The feed to add for an address entered: the first the finder finds there, or, when the operator forces it, the
     * address itself if nothing is found.
     */
    private URI feedUrl(URI entered, boolean force) throws FeedDiscoveryException {
        if (feedFinder == null) {
            return entered;
        }
        try {
            URI found = feedFinder.find(entered).getFirst().url();
            if (!found.equals(entered)) {
                log.info("Feed discovered: url={} feed={}", entered, found);
            }
            return found;
        } catch (FeedDiscoveryException e) {
            if (!force) {
                throw e;
            }
            // The operator asked for it: the ingester retries it and shows the reason with the source.
            log.info(
                    "Feed not found or not fetched; adding it as entered, as asked: url={} reason={}",
                    entered,
                    e.code());
            return entered;
        }
    }

    private static String discoveryProblem(FeedDiscoveryException e) {
        String anyway = " Or tick \u201cAdd it anyway\u201d to add the address as it is and let it be retried.";
        return switch (e.code()) {
            case FeedDiscoveryException.NO_FEED_FOUND ->
                "No feed found at this address. Enter the address of its RSS, Atom or JSON feed." + anyway;
            case FeedDiscoveryException.SEARCH_TIMEOUT ->
                "Looking for a feed at this address took too long. Enter the address of its feed." + anyway;
            default -> "This address could not be fetched (" + e.code() + "). Check it." + anyway;
        };
    }

    /**
     * {@code POST /admin/sources/{id}/refresh}: asks the ingester to poll the source now. A paused source is never
     * polled, so for one the page is shown again with a 400 and a notice that says so instead of promising a fetch.
     */
    void refresh(Context ctx) {
        Source source = existing(ctx);
        if (source.paused()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            show(
                    ctx,
                    AddSourceForm.empty(),
                    Map.of(),
                    source.name() + " is paused, so it was not fetched. Resume it to fetch it now.");
            return;
        }
        refreshSourceNow.accept(source.id());
        back(ctx, "refreshing", source.id());
    }

    /** {@code POST /admin/sources/{id}/pause}: stops polling the source until it is resumed. */
    void pause(Context ctx) {
        Source source = existing(ctx);
        sources.setPaused(source.id(), true);
        back(ctx, "paused", source.id());
    }

    /** {@code POST /admin/sources/{id}/resume}: polls the source again, starting now. */
    void resume(Context ctx) {
        Source source = existing(ctx);
        sources.setPaused(source.id(), false);
        refreshSourceNow.accept(source.id());
        back(ctx, "resumed", source.id());
    }

    /** {@code POST /admin/sources/{id}/remove}: removes the source. */
    void remove(Context ctx) {
        Source source = existing(ctx);
        if (sources.remove(source.id())) {
            log.info("Source removed: source_id={} url={}", source.id(), source.feedUrl());
        }
        ctx.redirect(PAGE + "?done=removed", HttpStatus.SEE_OTHER);
    }

    /**
     * {@code POST /admin/sources/{id}/rule}: sets the CSS selector naming the source's article body (an empty field
     * removes it), or shows the page again with a 400 and the reason next to the field.
     */
    void setRule(Context ctx) {
        Source source = existing(ctx);
        String entered =
                Objects.requireNonNullElse(ctx.formParam("contentRule"), "").strip();
        if (entered.isEmpty()) {
            sources.setContentRule(source.id(), null);
            back(ctx, "rule-cleared", source.id());
            return;
        }
        Optional<String> problem = ContentRule.problem(entered);
        if (problem.isPresent()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            show(
                    ctx,
                    AddSourceForm.empty(),
                    Map.of(),
                    null,
                    Map.of(source.id(), entered),
                    Map.of(source.id(), "Not saved: " + problem.get() + "."));
            return;
        }
        sources.setContentRule(source.id(), new ContentRule(entered).selector());
        log.info("Content rule set: source_id={} rule={}", source.id(), entered);
        back(ctx, "rule-set", source.id());
    }

    private void show(Context ctx, AddSourceForm form, Map<String, String> problems, @Nullable String notice) {
        show(ctx, form, problems, notice, Map.of(), Map.of());
    }

    private void show(
            Context ctx,
            AddSourceForm form,
            Map<String, String> problems,
            @Nullable String notice,
            Map<Long, String> enteredRules,
            Map<Long, String> ruleProblems) {
        List<Source> all = sources.all();
        List<SourceView> rows = all.stream().map(views::source).toList();
        Map<Long, String> rules = new HashMap<>();
        for (Source source : all) {
            sources.contentRule(source.id()).ifPresent(rule -> rules.put(source.id(), rule));
        }
        rules.putAll(enteredRules);
        AdminPage page = new AdminPage(
                site.layout("Sources", Layout.Nav.ADMIN).withViewer(Visitors.withFormToken(ctx)),
                rows,
                form,
                problems,
                notice,
                rules,
                ruleProblems);
        ctx.contentType("text/html; charset=utf-8").result(templates.render("admin/sources.jte", page));
    }

    private Source existing(Context ctx) {
        long id = Params.pathId(ctx, "id");
        return sources.find(id).orElseThrow(() -> new NotFoundResponse("There is no source with id " + id + "."));
    }

    private static void back(Context ctx, String done, long id) {
        ctx.redirect(PAGE + "?done=" + done + "&source=" + id + "#source-" + id, HttpStatus.SEE_OTHER);
    }

    private @Nullable String notice(Context ctx) {
        String done = ctx.queryParam("done");
        if (done == null) {
            return null;
        }
        if (done.equals("removed")) {
            return "The source was removed.";
        }
        Long id = Params.queryId(ctx, "source");
        String name = id == null ? null : sources.find(id).map(Source::name).orElse(null);
        if (name == null) {
            return null;
        }
        return switch (done) {
            case "refreshing" -> "Asked to fetch " + name + " now; refresh this page in a moment to see the result.";
            case "paused" -> name + " is paused.";
            case "resumed" -> name + " is polled again.";
            case "rule-set" -> name + "'s article body now comes from its content rule.";
            case "rule-cleared" -> name + " has no content rule: content detection decides.";
            default -> null;
        };
    }
}
