/**
 * Language understanding that runs in-process and offline: sentence embeddings from the bundled MiniLM model, and the
 * features built on them. {@link org.broadsheet.ai.Summarizer} picks an article's TL;DR and key points,
 * {@link org.broadsheet.ai.Answerer} answers questions from its sentences (embeddings plus BM25),
 * {@link org.broadsheet.ai.StoryBriefer} briefs a story from its coverage (reusing the stored summaries and
 * sentence vectors), and {@link
 * org.broadsheet.ai.ArticleAssistant} stores that work per article version for the site, with an optional language
 * model ({@link org.broadsheet.ai.LlmClient}) that must cite the sentences it is given.
 */
@NullMarked
package org.broadsheet.ai;

import org.jspecify.annotations.NullMarked;
