package org.broadsheet.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleDraft;
import org.broadsheet.store.Database;
import org.broadsheet.store.NewSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assistant over a real SQLite store, offline and against an in-test OpenAI-compatible server. */
class ArticleAssistantTest {
    private static final String TEXT = """
            Galway City Council has approved a €48 million plan to build 23km of segregated cycle lanes.

            The vote was 11 to 6. The plan is largely funded by the National Transport Authority.

            The most contentious element is the removal of about 190 on-street parking spaces.

            Construction of the first section, along the Dublin Road, is expected to begin next spring.""";

    private static Embedder embedder;
    private static ExecutorService cpu;

    @TempDir
    Path dir;

    private Database db;
    private Article article;
    private FakeOpenAiServer llmServer;

    @BeforeAll
    static void load() {
        embedder = Embedder.load();
        cpu = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void close() {
        cpu.shutdown();
        embedder.close();
    }

    @BeforeEach
    void open() throws Exception {
        db = Database.open("jdbc:sqlite:" + dir.resolve("test.db"));
        long source = db.sources()
                .add(NewSource.of("Courier", URI.create("https://courier.example/feed")))
                .id();
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        long id = db.articles()
                .upsert(new ArticleDraft(
                        source,
                        URI.create("https://courier.example/a"),
                        null,
                        "a",
                        "Galway approves cycle network",
                        null,
                        t,
                        null,
                        t,
                        "en",
                        TEXT,
                        "<p>x</p>",
                        "x",
                        null,
                        60,
                        "hash-1"))
                .id();
        article = db.articles().find(id).orElseThrow();
        llmServer = new FakeOpenAiServer();
    }

    @AfterEach
    void shut() {
        llmServer.close();
        db.close();
    }

    private ArticleAssistant offline() {
        return new ArticleAssistant(embedder, db.summaries(), db.sources(), cpu, null, Clock.systemUTC());
    }

    private ArticleAssistant withLlm(Duration timeout, int dailyRequests) {
        LlmClient llm = LlmClient.connect(
                new LlmSettings(llmServer.baseUrl(), "test-key", "test-model", timeout, dailyRequests),
                Clock.systemUTC());
        return new ArticleAssistant(embedder, db.summaries(), db.sources(), cpu, llm, Clock.systemUTC());
    }

    private Article storeArticle(long source, String guid, String title, String text, String hash) {
        Instant t = Instant.parse("2026-11-20T11:00:00Z");
        long id = db.articles()
                .upsert(new ArticleDraft(
                        source,
                        URI.create("https://gazette.example/a/" + guid),
                        null,
                        guid,
                        title,
                        null,
                        t,
                        null,
                        t,
                        "en",
                        text,
                        "<p>x</p>",
                        "x",
                        null,
                        40,
                        hash))
                .id();
        return db.articles().find(id).orElseThrow();
    }

    @Test
    void storyBriefingReusesStoredSummariesAndSentenceVectorsAndKeepsItsBriefingPerVersion() {
        ArticleAssistant assistant = offline();
        long gazette = db.sources()
                .add(NewSource.of("Gazette", URI.create("https://gazette.example/feed")))
                .id();
        Article other = storeArticle(gazette, "b", "Galway votes for cycle lanes", """
                Galway councillors voted 11 to 6 for a €48 million network of segregated cycle lanes.

                About 190 parking spaces will be removed, which traders oppose.

                Work on the Dublin Road section should begin next spring.""", "hash-b");
        List<Coverage> coverage = List.of(Coverage.of("Courier", article), Coverage.of("Gazette", other));
        StoryBriefer briefer = new StoryBriefer(embedder, assistant);
        Briefing first = briefer.brief(coverage);
        assertThat(first.keyPoints()).isNotEmpty();
        assertThat(first.keyPoints().getFirst().outlets()).contains("Courier", "Gazette");
        assertThat(db.summaries().count()).isEqualTo(2);
        assertThat(briefer.brief(coverage)).isSameAs(first);

        // Once an article's sentences are embedded (as a reader's first view does), its key points' vectors are those.
        assistant.ask(article, "Who is funding the plan?");
        ArticleAssistant.PointVectors points = assistant.pointVectors(article);
        List<float[]> stored = db.summaries()
                .find(article.id(), "hash-1", Embedder.MODEL)
                .orElseThrow()
                .vectors();
        for (int i = 0; i < points.summary().sentences().size(); i++) {
            assertThat(points.vectors().get(i))
                    .isEqualTo(stored.get(points.summary().sentences().get(i)));
        }

        Article edited = storeArticle(
                gazette, "b", other.title(), other.text() + "\n\nThe council meets again in May.", "hash-c");
        assertThat(briefer.brief(List.of(Coverage.of("Courier", article), Coverage.of("Gazette", edited))))
                .isNotSameAs(first);
    }

    @Test
    void storesTheSummaryOnceAndTheSentenceVectorsForQuestions() {
        ArticleAssistant assistant = offline();
        ArticleSummary summary = assistant.summary(article);
        assertThat(summary.method()).isEqualTo(AiMethod.EXTRACTIVE);
        assertThat(summary.tldr()).startsWith("Galway City Council has approved");
        assertThat(summary.keyPoints())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.text()).isNotEqualTo(summary.tldr()));
        assertThat(db.summaries().count()).isEqualTo(1);

        ArticleAnswer.Found answer = found(assistant.ask(article, "Who is funding the plan?"));
        assertThat(answer.text()).contains("National Transport Authority");
        assertThat(answer.passage()).isNotEmpty();
        assertThat(answer.method()).isEqualTo(AiMethod.EXTRACTIVE);
        assertThat(answer.notice()).isNull();
        assertThat(db.summaries()
                        .find(article.id(), "hash-1", Embedder.MODEL)
                        .orElseThrow()
                        .vectors())
                .hasSize(5);
        // A second assistant (a restarted server) answers from the stored vectors.
        assertThat(found(offline().ask(article, "Who is funding the plan?")).text())
                .isEqualTo(answer.text());
        assertThat(assistant.translate(article, "French").notice()).contains("none is configured");
        assertThatThrownBy(() -> assistant.ask(article, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void languageModelSummaryIsGroundedCachedAndStored() {
        llmServer.reply = body -> {
            assertThat(FakeOpenAiServer.system(body)).contains("Use only the numbered sentences");
            assertThat(FakeOpenAiServer.user(body)).contains("[0] Galway City Council");
            return "TLDR: Galway will build 23km of cycle lanes. [0]\n- The vote was close. [1]\n"
                    + "- About 190 parking spaces go. [3]";
        };
        ArticleAssistant assistant = withLlm(Duration.ofSeconds(10), 100);
        ArticleSummary summary = assistant.summary(article);
        assertThat(summary.method()).isEqualTo(AiMethod.LLM);
        assertThat(summary.notice()).isNull();
        assertThat(summary.tldr()).isEqualTo("Galway will build 23km of cycle lanes.");
        assertThat(summary.keyPoints())
                .extracting(ArticleSummary.KeyPoint::sentences)
                .containsExactly(java.util.List.of(1), java.util.List.of(3));
        assertThat(llmServer.requests).hasSize(1);
        assertThat(llmServer.requests.getFirst().path("model").asText()).isEqualTo("test-model");

        // Stored with the article version: a new assistant does not ask again.
        assertThat(withLlm(Duration.ofSeconds(10), 100).summary(article).method())
                .isEqualTo(AiMethod.LLM);
        assertThat(llmServer.requests).hasSize(1);
    }

    @Test
    void fallsBackAndSaysSoWhenTheReplyCitesNothingOrTheBudgetIsSpent() {
        llmServer.reply = body -> "Galway is building cycle lanes.";
        ArticleAssistant assistant = withLlm(Duration.ofSeconds(10), 1);
        ArticleSummary summary = assistant.summary(article);
        assertThat(summary.method()).isEqualTo(AiMethod.EXTRACTIVE);
        assertThat(summary.notice()).isEqualTo(LlmFailure.UNGROUNDED.message());

        ArticleAnswer.Found answer = found(assistant.ask(article, "How many parking spaces go?"));
        assertThat(answer.method()).isEqualTo(AiMethod.EXTRACTIVE);
        assertThat(answer.fallback()).isEqualTo(LlmFailure.BUDGET_SPENT);
        assertThat(answer.notice()).isEqualTo(LlmFailure.BUDGET_SPENT.message());
        assertThat(answer.text()).contains("190");
        assertThat(llmServer.requests).hasSize(1);
    }

    @Test
    void fallsBackWhenTheModelIsTooSlow() {
        llmServer.delay = Duration.ofSeconds(3);
        llmServer.reply = body -> "TLDR: late [0]\n- a [1]\n- b [2]";
        ArticleSummary summary = withLlm(Duration.ofMillis(300), 100).summary(article);
        assertThat(summary.method()).isEqualTo(AiMethod.EXTRACTIVE);
        assertThat(summary.notice()).isEqualTo(LlmFailure.TIMEOUT.message());
    }

    @Test
    void languageModelAnswersCiteSentencesOrSayTheArticleDoesNotSay() {
        llmServer.reply = body -> FakeOpenAiServer.user(body).contains("pancakes")
                ? "NOT IN ARTICLE"
                : "About 190 on-street parking spaces will be removed [3].";
        ArticleAssistant assistant = withLlm(Duration.ofSeconds(10), 100);
        ArticleAnswer.Found answer = found(assistant.ask(article, "How many parking spaces go?"));
        assertThat(answer.method()).isEqualTo(AiMethod.LLM);
        assertThat(answer.text()).isEqualTo("About 190 on-street parking spaces will be removed.");
        assertThat(answer.sentences()).containsExactly(3);
        assertThat(answer.passage())
                .containsExactly("The most contentious element is the removal of about 190 on-street parking spaces.");

        ArticleAnswer none = assistant.ask(article, "Which pancakes are best?");
        assertThat(none).isInstanceOf(ArticleAnswer.NotInArticle.class);
        assertThat(none.method()).isEqualTo(AiMethod.LLM);
        assertThat(none.confidence()).isEqualTo("low");

        // The same question again comes from the cache.
        int before = llmServer.requests.size();
        assistant.ask(article, "How many parking spaces go?");
        assertThat(llmServer.requests).hasSize(before);
    }

    @Test
    void translatesThroughTheLanguageModel() {
        llmServer.reply = body -> "Le conseil a approuvé le plan.\n\nLe vote était de 11 contre 6.";
        Translation t = withLlm(Duration.ofSeconds(10), 100).translate(article, "French");
        assertThat(t.notice()).isNull();
        assertThat(t.paragraphs()).containsExactly("Le conseil a approuvé le plan.", "Le vote était de 11 contre 6.");
        assertThat(FakeOpenAiServer.system(llmServer.requests.getFirst())).contains("into French");
    }

    @Test
    void translationSaysWhyThereIsNoneWithoutOfferingAnOfflineVersion() {
        Translation t = withLlm(Duration.ofSeconds(10), 0).translate(article, "French");
        assertThat(t.paragraphs()).isEmpty();
        assertThat(t.notice()).isEqualTo("Today's budget for the language model is spent.");
        assertThat(llmServer.requests).isEmpty();
    }

    private static ArticleAnswer.Found found(ArticleAnswer answer) {
        assertThat(answer).isInstanceOf(ArticleAnswer.Found.class);
        return (ArticleAnswer.Found) answer;
    }
}
