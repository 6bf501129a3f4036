package org.broadsheet.demo;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoCorpusTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static DemoServer server;

    @BeforeAll
    static void start() {
        server = DemoServer.start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void hasEnoughArticlesOutletsCountriesLanguagesAndEvents() {
        List<AnswerKeyEntry> key = DemoCorpus.answerKey();
        List<DemoCorpus.Outlet> outlets = DemoCorpus.outlets();
        assertThat(key).hasSizeGreaterThanOrEqualTo(60);
        assertThat(outlets).hasSizeGreaterThanOrEqualTo(6);
        assertThat(outlets.stream().map(DemoCorpus.Outlet::country).distinct()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(key.stream().map(AnswerKeyEntry::language).distinct()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(key.stream().map(AnswerKeyEntry::event).distinct()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(key.stream().map(AnswerKeyEntry::id).distinct()).hasSameSizeAs(key);
        assertThat(outlets.stream().map(DemoCorpus.Outlet::display)).contains("full", "excerpt");
        assertThat(outlets.stream().map(DemoCorpus.Outlet::feedFormat)).contains("rss", "atom", "jsonfeed");
    }

    @Test
    void mostEventsAreReportedByTwoToFiveOutlets() {
        Map<String, Set<String>> outletsPerEvent = DemoCorpus.answerKey().stream()
                .collect(groupingBy(AnswerKeyEntry::event, mapping(AnswerKeyEntry::outlet, toSet())));
        long shared = outletsPerEvent.values().stream()
                .filter(o -> o.size() >= 2 && o.size() <= 5)
                .count();
        assertThat(shared).isGreaterThanOrEqualTo(12).isGreaterThan(outletsPerEvent.size() / 2);
        assertThat(outletsPerEvent.values()).allSatisfy(o -> assertThat(o).hasSizeLessThanOrEqualTo(5));
    }

    @Test
    void everyFeedEntryIsInTheAnswerKeyAndEveryAnswerIsInAFeed() throws Exception {
        Set<String> keyPaths =
                DemoCorpus.answerKey().stream().map(AnswerKeyEntry::path).collect(toSet());
        Set<String> feedPaths = new java.util.HashSet<>();
        for (DemoSource source : server.sources()) {
            List<String> links = feedLinks(source);
            assertThat(links).as(source.slug()).isNotEmpty();
            for (String link : links) {
                assertThat(link).startsWith(server.baseUri().toString());
                feedPaths.add(URI.create(link).getPath());
            }
        }
        assertThat(feedPaths).isEqualTo(keyPaths);
    }

    @Test
    void everyArticlePageResolvesExceptTheDeliberatelyMissingOne() throws Exception {
        List<String> missing = new ArrayList<>();
        for (AnswerKeyEntry entry : DemoCorpus.answerKey()) {
            HttpResponse<String> response = get(server.baseUri().resolve(entry.path()));
            if (response.statusCode() == 404) {
                missing.add(entry.id());
                continue;
            }
            assertThat(response.statusCode()).as(entry.id()).isEqualTo(200);
            Document page = Jsoup.parse(
                    response.body(), server.baseUri().resolve(entry.path()).toString());
            assertThat(response.body()).as(entry.id()).doesNotContain("{{");
            assertThat(page.title()).as(entry.id()).startsWith(entry.title() + " | ");
            assertThat(page.selectFirst("html").attr("lang")).startsWith(entry.language());
            assertThat(meta(page, "og:title")).isEqualTo(entry.title());
            assertThat(meta(page, "og:type")).isEqualTo("article");
            assertThat(meta(page, "article:published_time")).endsWith("Z");
        }
        List<String> documented = DemoCorpus.answerKey().stream()
                .filter(AnswerKeyEntry::pageMissing)
                .map(AnswerKeyEntry::id)
                .toList();
        assertThat(missing).hasSize(1).isEqualTo(documented);
    }

    @Test
    void leadImagesInFeedsResolve() throws Exception {
        String rss = get(server.sources().getFirst().feedUrl()).body();
        Set<String> images = Jsoup.parse(rss, Parser.xmlParser()).select("media|content").stream()
                .map(e -> e.attr("url"))
                .collect(Collectors.toSet());
        assertThat(images).isNotEmpty();
        for (String image : images) {
            assertThat(get(URI.create(image)).statusCode()).as(image).isEqualTo(200);
        }
    }

    @Test
    void oneAtomEntryAppearsTwiceWithDifferentUpdatedTimes() throws Exception {
        Document feed = Jsoup.parse(
                get(server.baseUri().resolve("/rheinblick/feed.atom")).body(), Parser.xmlParser());
        Map<String, List<String>> updatedById = feed.select("entry").stream()
                .collect(groupingBy(
                        e -> e.selectFirst("id").text(),
                        mapping(e -> e.selectFirst("updated").text(), Collectors.toList())));
        List<List<String>> repeated =
                updatedById.values().stream().filter(times -> times.size() > 1).toList();
        assertThat(repeated).hasSize(1);
        assertThat(repeated.getFirst()).doesNotHaveDuplicates();
    }

    private static List<String> feedLinks(DemoSource source) throws IOException, InterruptedException {
        String body = get(source.feedUrl()).body();
        if (body.startsWith("{")) {
            List<String> links = new ArrayList<>();
            for (JsonNode item : new ObjectMapper().readTree(body).path("items")) {
                links.add(item.path("url").asText());
            }
            return links;
        }
        Document feed = Jsoup.parse(body, Parser.xmlParser());
        if (feed.selectFirst("rss") != null) {
            return feed.select("item > link").stream().map(Element::text).toList();
        }
        return feed.select("entry > link[rel=alternate]").stream()
                .map(e -> e.attr("href"))
                .toList();
    }

    private static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "]");
        assertThat(meta).as(property).isNotNull();
        return meta.attr("content");
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
