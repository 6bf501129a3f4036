package org.broadsheet.ai;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer the AI panel shows to a reader's question: a passage of the article, or "the article doesn't say".
 * Either may come from the offline answerer or from the language model; when a model is configured but its answer
 * is not shown, {@link #fallback()} says why.
 */
public sealed interface ArticleAnswer permits ArticleAnswer.Found, ArticleAnswer.NotInArticle {

    /** The question as asked. */
    String question();

    /** The offline answerer's confidence, from 0 to 1. */
    double score();

    /** How the answer was made. */
    AiMethod method();

    /** Why the language model's answer is not shown although one is configured, or null. */
    @Nullable
    LlmFailure fallback();

    /** "high", "medium" or "low": the confidence as readers are shown it. */
    String confidence();

    /**
     * Whether only the article's excerpt was searched, because its outlet allows no more of it on this site; the
     * sentences are then the excerpt's.
     */
    boolean fromExcerpt();

    /** What readers are told about how the answer was made ({@link #fallback()}, {@link #fromExcerpt()}), or null. */
    default @Nullable String notice() {
        LlmFailure fallback = fallback();
        String excerpt = fromExcerpt() ? EXCERPT_NOTICE : null;
        if (fallback == null) {
            return excerpt;
        }
        return excerpt == null ? fallback.message() : excerpt + " " + fallback.message();
    }

    /** The notice of an answer from the excerpt alone. */
    String EXCERPT_NOTICE = "Only the excerpt was searched: the outlet allows no more of this article on this site.";

    /**
     * The article answers the question.
     *
     * @param text the answer: the article's passage, or the language model's grounded reply
     * @param cited the article sentences the answer rests on, in article order (the excerpt's when {@code
     *     fromExcerpt})
     */
    record Found(
            String question,
            String text,
            List<Sentence> cited,
            double score,
            AiMethod method,
            @Nullable LlmFailure fallback,
            boolean fromExcerpt)
            implements ArticleAnswer {
        public Found {
            cited = List.copyOf(cited);
        }

        /** The indexes of the cited sentences in the article's sentence list. */
        public List<Integer> sentences() {
            return cited.stream().map(Sentence::index).toList();
        }

        /**
         * The texts of the cited sentences, for highlighting them in the article's body; empty for an answer from the
         * excerpt, whose page has no body to highlight them in.
         */
        public List<String> passage() {
            return fromExcerpt ? List.of() : cited.stream().map(Sentence::text).toList();
        }

        @Override
        public String confidence() {
            return Answer.confidenceLabel(score);
        }
    }

    /** The article doesn't say: no sentence answers the question with enough confidence. */
    record NotInArticle(
            String question,
            double score,
            AiMethod method,
            @Nullable LlmFailure fallback,
            boolean fromExcerpt) implements ArticleAnswer {
        @Override
        public String confidence() {
            return "low";
        }
    }
}
