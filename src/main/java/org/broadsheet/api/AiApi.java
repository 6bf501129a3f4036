package org.broadsheet.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.ai.ArticleAnswer;
import org.broadsheet.ai.ArticleAssistant;
import org.broadsheet.ai.ArticleSummary;
import org.broadsheet.ai.Question;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleStore;
import org.jspecify.annotations.Nullable;

/**
 * The AI panel's JSON API: {@code GET /api/v1/articles/{id}/summary} and {@code POST /api/v1/articles/{id}/ask}.
 * Refused questions are answered 400 with a code of their own ({@code INVALID_JSON}, {@code QUESTION_MISSING},
 * {@code QUESTION_TOO_LONG}).
 */
public final class AiApi {
    private static final ObjectMapper READER = new ObjectMapper();

    private final ArticleStore articles;
    private final ArticleAssistant assistant;

    public AiApi(ArticleStore articles, ArticleAssistant assistant) {
        this.articles = articles;
        this.assistant = assistant;
    }

    /** {@code GET /api/v1/articles/{id}/summary}: the TL;DR and key points, with the sentences they come from. */
    public void summary(Context ctx) {
        Article article = article(ctx);
        ArticleSummary s = assistant.summary(article);
        Map<String, @Nullable Object> json = new LinkedHashMap<>();
        json.put("id", article.id());
        json.put("tldr", s.tldr());
        json.put(
                "keyPoints",
                s.keyPoints().stream().map(ArticleSummary.KeyPoint::text).toList());
        json.put(
                "sentences",
                s.keyPoints().stream().map(ArticleSummary.KeyPoint::sentences).toList());
        json.put("method", s.method().code());
        json.put("notice", s.notice());
        send(ctx, 200, json);
    }

    /**
     * {@code POST /api/v1/articles/{id}/ask} with {@code {"question": "..."}} (or a form field {@code question}): the
     * answer, the sentences it rests on, and the confidence; {@code "found": false} means the article doesn't say.
     */
    public void ask(Context ctx) {
        Article article = article(ctx);
        String question;
        String type = ctx.contentType();
        if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
            question = ctx.formParam("question");
        } else {
            JsonNode body;
            try {
                body = READER.readTree(ctx.bodyAsBytes());
            } catch (IOException e) {
                refuse(ctx, "INVALID_JSON", "The body must be a JSON object such as {\"question\": \"...\"}.");
                return;
            }
            question = body != null && body.path("question").isTextual()
                    ? body.get("question").asText()
                    : null;
        }
        if (question == null) {
            refuse(ctx, "QUESTION_MISSING", "Send a non-empty \"question\".");
            return;
        }
        Optional<Question.Problem> problem = Question.problem(question);
        if (problem.isPresent()) {
            refuse(ctx, problem.get().code(), problem.get().message());
            return;
        }
        ArticleAnswer a = assistant.ask(article, question);
        Map<String, @Nullable Object> json = new LinkedHashMap<>();
        json.put("id", article.id());
        json.put("question", a.question());
        switch (a) {
            case ArticleAnswer.Found found -> {
                json.put("found", true);
                json.put("answer", found.text());
                json.put("sentences", found.sentences());
                json.put("passage", found.passage());
            }
            case ArticleAnswer.NotInArticle none -> {
                json.put("found", false);
                json.put("answer", null);
                json.put("sentences", List.of());
                json.put("passage", List.of());
            }
        }
        json.put("score", Math.round(a.score() * 1000) / 1000.0);
        json.put("confidence", a.confidence());
        json.put("method", a.method().code());
        json.put("notice", a.notice());
        send(ctx, 200, json);
    }

    private Article article(Context ctx) {
        long id = ApiV1.positive("id", ctx.pathParam("id"));
        return articles.find(id).orElseThrow(() -> new NotFoundResponse("No article has id " + id + "."));
    }

    private static void refuse(Context ctx, String code, String message) {
        send(ctx, 400, new ApiErrors.ErrorBody(new ApiErrors.Detail(code, message)));
    }

    private static void send(Context ctx, int status, Object body) {
        ctx.status(status)
                .header("Cache-Control", "no-cache")
                .contentType(Json.CONTENT_TYPE)
                .result(Json.bytes(body));
    }
}
