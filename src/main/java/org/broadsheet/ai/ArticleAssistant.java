package org.broadsheet.ai;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.broadsheet.store.Article;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.SourceStore;
import org.broadsheet.store.SummaryStore;
import org.jspecify.annotations.Nullable;

/**
 * The AI panel's work for one article: its summary, answers to readers' questions and, with a language model,
 * translation.
 *
 * <p>The summary is computed on the article's first view, on the shared CPU pool, and stored for that version of the
 * article; the embeddings of all its sentences, needed for questions, are then computed in the background and stored
 * beside it, so that answers take one question embedding. With a language model configured, summaries and answers are
 * rewritten by it from the article's sentences and cite them; when it fails or its budget is spent, the offline
 * result is shown with a notice saying so.
 *
 * <p>An outlet that allows only an excerpt on this site ({@link DisplayPolicy#EXCERPT}) must not have its full text
 * republished through the panel: for its articles the panel summarises nothing (the excerpt is already on the page),
 * answers from the excerpt alone, translates only the excerpt, and gives the story briefing only the excerpt's points.
 * Thread-safe.
 */
public final class ArticleAssistant {
    /** The longest question accepted, in characters. */
    public static final int MAX_QUESTION = Question.MAX_LENGTH;

    private static final int PREPARED_KEPT = 64;
    private static final int LLM_CONTEXT = 12;
    private static final int TRANSLATE_CHARS = 12_000;

    private final Embedder embedder;
    private final Summarizer summarizer;
    private final Answerer answerer;
    private final SummaryStore store;
    private final SourceStore sources;
    private final ExecutorService cpu;
    private final @Nullable LlmClient llm;
    private final Clock clock;
    private final Map<String, Future<PreparedArticle>> preparing = new ConcurrentHashMap<>();
    private final Cache<String, PreparedArticle> prepared =
            Caffeine.newBuilder().maximumSize(PREPARED_KEPT).build();

    /**
     * @param sources the outlets, whose display policy says whether an article's full text may be used
     * @param cpu the application's bounded pool for CPU work; summaries and embeddings run there
     * @param llm the language model, or null to work offline only
     */
    public ArticleAssistant(
            Embedder embedder,
            SummaryStore store,
            SourceStore sources,
            ExecutorService cpu,
            @Nullable LlmClient llm,
            Clock clock) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.summarizer = new Summarizer(embedder);
        this.answerer = new Answerer(embedder);
        this.store = Objects.requireNonNull(store, "store");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.cpu = Objects.requireNonNull(cpu, "cpu");
        this.llm = llm;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether a language model is configured (translation is offered only then). */
    public boolean hasLanguageModel() {
        return llm != null;
    }

    /**
     * The summary of {@code article}, computed and stored on first use; none, with a notice saying why, for an article
     * whose outlet allows only an excerpt.
     */
    public ArticleSummary summary(Article article) {
        if (excerptOnly(article)) {
            return ArticleSummary.EXCERPT_ONLY;
        }
        StoredSummary stored = stored(article);
        if (llm == null) {
            return ArticleSummary.extractive(stored.extractive(), null);
        }
        StoredSummary.LlmVersion version = stored.llm();
        if (version != null && version.model().equals(llm.modelName())) {
            return new ArticleSummary(version.tldr(), version.keyPoints(), AiMethod.LLM, null);
        }
        List<Sentence> sentences = SentenceSplitter.split(article.text());
        Set<Integer> context = summaryContext(stored.extractive(), sentences);
        String reply;
        switch (llm.complete(
                GroundedPrompts.SUMMARY_SYSTEM,
                GroundedPrompts.numbered("Title: " + article.title(), sentences, context))) {
            case LlmClient.Reply.Text(String text) -> reply = text;
            case LlmClient.Reply.Failed(LlmFailure failure) -> {
                return ArticleSummary.extractive(stored.extractive(), failure.message());
            }
        }
        Optional<GroundedPrompts.SummaryReply> parsed = GroundedPrompts.parseSummary(reply, context);
        if (parsed.isEmpty()) {
            return ArticleSummary.extractive(stored.extractive(), LlmFailure.UNGROUNDED.message());
        }
        StoredSummary.LlmVersion written = new StoredSummary.LlmVersion(
                llm.modelName(),
                parsed.get().tldr().text(),
                parsed.get().keyPoints().stream()
                        .map(c -> new ArticleSummary.KeyPoint(c.text(), c.sentences()))
                        .toList());
        store.putSummary(
                article.id(), article.contentHash(), stored.withLlm(written).toJson(), clock.instant());
        return new ArticleSummary(written.tldr(), written.keyPoints(), AiMethod.LLM, null);
    }

    /** An article's extractive summary with one vector per key point, for the story briefing. */
    record PointVectors(Summary summary, List<float[]> vectors) {}

    /**
     * The extractive summary of {@code article} (computed and stored on first use) with the vectors of its key
     * points, taken from the stored sentence vectors when they are there, so that nothing is embedded again.
     */
    PointVectors pointVectors(Article article) {
        if (excerptOnly(article)) {
            Summary summary = summarizer.summarize(article.title(), article.excerpt());
            return new PointVectors(summary, embedder.embedAll(summary.keyPoints()));
        }
        Summary summary = stored(article, true).extractive();
        List<float[]> all = store.find(article.id(), article.contentHash(), Embedder.MODEL)
                .map(SummaryStore.Entry::vectors)
                .orElse(List.of());
        boolean complete = summary.sentences().stream().allMatch(i -> i < all.size());
        if (!all.isEmpty() && complete) {
            return new PointVectors(
                    summary, summary.sentences().stream().map(all::get).toList());
        }
        // Not on the CPU pool, where this article's sentences may be queued for embedding already: a story page
        // embeds its few key points itself, as it did before anything was stored.
        return new PointVectors(summary, embedder.embedAll(summary.keyPoints()));
    }

    /**
     * The answer to {@code question} from {@code article}, or from its excerpt alone when its outlet allows no more.
     *
     * @throws IllegalArgumentException when the question is refused (see {@link Question#problem})
     */
    public ArticleAnswer ask(Article article, String question) {
        Optional<Question.Problem> problem = Question.problem(question);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().message());
        }
        String q = Question.clean(question);
        if (excerptOnly(article)) {
            PreparedArticle excerpt = preparedExcerpt(article);
            Answer answer = onCpu(() -> answerer.ask(excerpt, q));
            return offline(q, excerpt, answer, null, true);
        }
        PreparedArticle ready = prepared(article);
        Answer answer = onCpu(() -> answerer.ask(ready, q));
        if (llm == null || ready.sentences().isEmpty()) {
            return offline(q, ready, answer, null, false);
        }
        Set<Integer> context = answerContext(ready, q);
        String reply;
        switch (llm.complete(
                GroundedPrompts.ANSWER_SYSTEM,
                GroundedPrompts.numbered("Question: " + q, ready.sentences(), context))) {
            case LlmClient.Reply.Text(String text) -> reply = text;
            case LlmClient.Reply.Failed(LlmFailure failure) -> {
                return offline(q, ready, answer, failure, false);
            }
        }
        Optional<GroundedPrompts.Cited> cited = GroundedPrompts.parseAnswer(reply, context);
        if (cited.isEmpty()) {
            return offline(q, ready, answer, LlmFailure.UNGROUNDED, false);
        }
        if (cited.get().sentences().isEmpty()) {
            return new ArticleAnswer.NotInArticle(q, answer.score(), AiMethod.LLM, null, false);
        }
        List<Sentence> sentences =
                cited.get().sentences().stream().map(ready.sentences()::get).toList();
        return new ArticleAnswer.Found(q, cited.get().text(), sentences, answer.score(), AiMethod.LLM, null, false);
    }

    /**
     * The article (only its excerpt when its outlet allows no more) translated into {@code language} by the language
     * model; a notice says why when it cannot be.
     */
    public Translation translate(Article article, String language) {
        String target = language.strip();
        if (llm == null) {
            return new Translation(target, List.of(), "Translation needs a language model, and none is configured.");
        }
        String whole = excerptOnly(article) ? article.excerpt() : article.text();
        String text = whole.length() > TRANSLATE_CHARS ? whole.substring(0, TRANSLATE_CHARS) : whole;
        return switch (llm.complete(GroundedPrompts.translateSystem(target), article.title() + "\n\n" + text)) {
            case LlmClient.Reply.Text(String reply) ->
                new Translation(target, List.of(reply.strip().split("\\n\\s*\\n")), null);
            case LlmClient.Reply.Failed(LlmFailure failure) -> new Translation(target, List.of(), failure.reason());
        };
    }

    private static ArticleAnswer offline(
            String q, PreparedArticle ready, Answer answer, @Nullable LlmFailure fallback, boolean fromExcerpt) {
        if (!answer.found()) {
            return new ArticleAnswer.NotInArticle(q, answer.score(), AiMethod.EXTRACTIVE, fallback, fromExcerpt);
        }
        List<Sentence> sentences =
                answer.sentences().stream().map(ready.sentences()::get).toList();
        return new ArticleAnswer.Found(
                q, answer.text(), sentences, answer.score(), AiMethod.EXTRACTIVE, fallback, fromExcerpt);
    }

    /** Whether {@code article}'s outlet allows only an excerpt here (or is gone, when nothing more is safe). */
    private boolean excerptOnly(Article article) {
        return sources.find(article.sourceId())
                .map(s -> s.display() == DisplayPolicy.EXCERPT)
                .orElse(true);
    }

    /** The excerpt of an excerpt-only article, prepared for questions; a few sentences, so never stored. */
    private PreparedArticle preparedExcerpt(Article article) {
        String key = article.id() + ":excerpt:" + article.contentHash();
        PreparedArticle cached = prepared.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        PreparedArticle ready = onCpu(() -> answerer.prepare(article.excerpt()));
        prepared.put(key, ready);
        return ready;
    }

    private StoredSummary stored(Article article) {
        return stored(article, false);
    }

    /**
     * The stored summary, computed and stored when missing. For the article's own page ({@code forStory} false) it is
     * computed on the CPU pool and the sentence vectors for questions are then prepared in the background; for a story
     * page, which summarises several articles at once, it is computed on the calling thread and nothing more is
     * started, so that the page does not compete with embeddings nobody asked for yet.
     */
    private StoredSummary stored(Article article, boolean forStory) {
        Optional<StoredSummary> found = store.find(article.id(), article.contentHash(), Embedder.MODEL)
                .flatMap(entry -> StoredSummary.fromJson(entry.summary()));
        if (found.isPresent()) {
            return found.get();
        }
        Summary summary = forStory
                ? summarizer.summarize(article.title(), article.text())
                : onCpu(() -> summarizer.summarize(article.title(), article.text()));
        StoredSummary stored = new StoredSummary(summary, null);
        store.putSummary(article.id(), article.contentHash(), stored.toJson(), clock.instant());
        if (!forStory) {
            // Questions usually follow a view: have the sentence vectors ready by then.
            preparation(article);
        }
        return stored;
    }

    private PreparedArticle prepared(Article article) {
        String key = article.id() + ":" + article.contentHash();
        PreparedArticle cached = prepared.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        stored(article);
        Optional<SummaryStore.Entry> entry = store.find(article.id(), article.contentHash(), Embedder.MODEL);
        PreparedArticle ready;
        if (entry.isPresent() && !entry.get().vectors().isEmpty()) {
            ready = answerer.prepare(article.text(), entry.get().vectors());
        } else {
            ready = await(preparation(article));
        }
        prepared.put(key, ready);
        return ready;
    }

    /** The one computation of the article's sentence vectors, started if none is running, storing its result. */
    private Future<PreparedArticle> preparation(Article article) {
        String key = article.id() + ":" + article.contentHash();
        return preparing.computeIfAbsent(
                key,
                k -> cpu.submit(() -> {
                    try {
                        PreparedArticle ready = answerer.prepare(article.text());
                        store.putVectors(article.id(), article.contentHash(), Embedder.MODEL, ready.vectors());
                        return ready;
                    } finally {
                        preparing.remove(k);
                    }
                }));
    }

    private Set<Integer> summaryContext(Summary summary, List<Sentence> sentences) {
        Set<Integer> context = new HashSet<>(summary.sentences());
        context.addAll(summary.tldrSentences());
        for (Sentence s : sentences) {
            if (context.size() >= LLM_CONTEXT) {
                break;
            }
            if (!s.isHeading()) {
                context.add(s.index());
            }
        }
        return context;
    }

    private Set<Integer> answerContext(PreparedArticle ready, String question) {
        List<Integer> ranking = onCpu(() -> answerer.ranking(ready, question));
        Set<Integer> context = new HashSet<>();
        for (int i : ranking.subList(0, Math.min(4, ranking.size()))) {
            context.add(i);
            if (i > 0) {
                context.add(i - 1);
            }
            if (i + 1 < ready.sentences().size()) {
                context.add(i + 1);
            }
        }
        return context;
    }

    private <T> T onCpu(Callable<T> work) {
        return await(cpu.submit(work));
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the AI panel was working", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("the AI panel failed", e.getCause());
        }
    }
}
