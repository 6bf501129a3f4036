package org.broadsheet.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.broadsheet.search.BadParameterException;
import org.broadsheet.search.BadQueryException;
import org.broadsheet.search.Search;
import org.broadsheet.search.SearchParameters;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.search.SearchResults;
import org.broadsheet.store.Source;
import org.broadsheet.store.SourceStore;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /search}: the search form with filters, and a page of results with the matched words marked. A query or
 * filter that makes no sense is answered with a 400 and the form, the reason shown beside the field.
 */
final class SearchPages {
    static final int PAGE_SIZE = 20;

    private final Search search;
    private final SourceStore sources;
    private final Views views;
    private final Templates templates;
    private final Site site;

    /** @param search the index, which {@code services} has as an optional feature */
    SearchPages(Search search, WebServices services, PageTools tools) {
        this.search = Objects.requireNonNull(search, "search");
        this.sources = services.sources();
        this.views = tools.views();
        this.templates = tools.templates();
        this.site = tools.site();
    }

    void page(Context ctx) {
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("text/html; charset=utf-8");
        String q = param(ctx, "q");
        if (q.isEmpty()) {
            ctx.result(render(ctx, null, null, null, null));
            return;
        }
        SearchRequest request;
        SearchResults results;
        try {
            request = SearchParameters.read(ctx::queryParam, PAGE_SIZE);
            results = search.search(request);
        } catch (BadParameterException e) {
            ctx.status(HttpStatus.BAD_REQUEST).result(render(ctx, null, null, e.getMessage(), e.parameter()));
            return;
        } catch (BadQueryException e) {
            ctx.status(HttpStatus.BAD_REQUEST).result(render(ctx, null, null, e.getMessage(), "q"));
            return;
        }
        ctx.result(render(ctx, request, results, null, null));
    }

    private byte[] render(
            Context ctx,
            @Nullable SearchRequest request,
            @Nullable SearchResults results,
            @Nullable String error,
            @Nullable String errorField) {
        String q = param(ctx, "q");
        List<Source> all =
                sources.all().stream().filter(s -> !s.health().neverWorked()).toList();
        String title = q.isEmpty() ? "Search" : "Search: " + q;
        SearchPage page = new SearchPage(
                site.layout(title, "Search the news from every outlet.", Layout.Nav.NONE)
                        .withQuery(q),
                new SearchPage.Form(q, param(ctx, "from"), param(ctx, "to"), "newest".equals(param(ctx, "sort"))),
                error,
                errorField,
                results != null,
                results == null ? 0 : results.total(),
                results == null
                        ? List.of()
                        : results.hits().stream().map(views::result).toList(),
                request != null && request.page() > 1 ? pageHref(ctx, request.page() - 1) : null,
                request != null && results != null && results.hasMore() ? pageHref(ctx, request.page() + 1) : null,
                all.stream()
                        .map(s -> new SearchPage.Option(
                                Long.toString(s.id()),
                                s.name(),
                                Long.toString(s.id()).equals(param(ctx, "source"))))
                        .toList(),
                options(all, Source::language, DisplayNames::language, param(ctx, "language")),
                options(all, Source::country, DisplayNames::country, param(ctx, "country")));
        return templates.render("search.jte", page);
    }

    /** The distinct codes the outlets declare, each labelled with its name ("German", "Ireland"). */
    private static List<SearchPage.Option> options(
            List<Source> all, Function<Source, @Nullable String> code, Function<String, String> name, String selected) {
        TreeSet<String> codes = new TreeSet<>();
        for (Source s : all) {
            String c = code.apply(s);
            if (c != null && !c.isBlank()) {
                codes.add(c.strip().toLowerCase(Locale.ROOT));
            }
        }
        List<SearchPage.Option> options = new ArrayList<>();
        for (String c : codes) {
            options.add(new SearchPage.Option(c, name.apply(c), c.equalsIgnoreCase(selected)));
        }
        return options;
    }

    /** This search's address with another page number. */
    private static String pageHref(Context ctx, int page) {
        StringBuilder href = new StringBuilder("/search?");
        for (String name : List.of("q", "source", "language", "country", "from", "to", "sort")) {
            String value = param(ctx, name);
            if (!value.isEmpty()) {
                href.append(name)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                        .append('&');
            }
        }
        return href.append("page=").append(page).toString();
    }

    private static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }
}
