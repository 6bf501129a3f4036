package org.broadsheet.demo;

/**
 * What the demo corpus knows about one article, for evaluating clustering, related articles and extraction.
 *
 * @param id "outlet-slug/article-slug", unique in the corpus
 * @param path the URL path of the article page on the demo server, such as "/rheinblick/artikel/sturm-ilse.html"
 * @param outlet the outlet's slug
 * @param event the news event the article reports, such as "e01-storm-ilse"; articles sharing it form one story
 * @param language ISO 639-1 code of the article's text
 * @param title the headline as the page shows it
 * @param pageMissing true for the one article whose page deliberately answers 404, so that ingestion must fall back
 *     to the feed's content
 */
public record AnswerKeyEntry(
        String id, String path, String outlet, String event, String language, String title, boolean pageMissing) {}
