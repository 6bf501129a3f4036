package org.broadsheet.extract;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Objects;
import org.broadsheet.sanitize.HtmlSanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Extracts the article from a news page: its metadata, its body as sanitised HTML and as plain text. Safe to share
 * between threads; never throws on malformed or hostile HTML, and a page with no article gives its body's text.
 */
public final class ArticleExtractor {
    /** Pages are cut to this many bytes (or characters) before parsing, so that a huge page cannot stall a worker. */
    public static final int MAX_INPUT_BYTES = 10 * 1024 * 1024;
    /** Below this many characters of text, a strict pass is retried without class and id hints. */
    private static final int RETRY_BELOW = 250;

    /** Creates an extractor; it holds no state, so one instance can serve the whole application. */
    public ArticleExtractor() {}

    /**
     * Extracts from raw bytes, detecting the charset from a byte order mark, then the {@code contentType} header's
     * charset, then a {@code <meta charset>}, else UTF-8. {@code url} is the page's address, for relative links.
     */
    public ExtractedArticle extract(byte[] body, @Nullable String contentType, URI url) {
        Objects.requireNonNull(body, "body");
        int length = Math.min(body.length, MAX_INPUT_BYTES);
        CharsetSniffer.Detected detected = CharsetSniffer.detect(body, length, contentType);
        Charset charset = detected.charset();
        return extract(new String(body, detected.skip(), length - detected.skip(), charset), url);
    }

    /** Extracts from already decoded HTML; {@code url} is the page's address, for relative links. */
    public ExtractedArticle extract(String html, URI url) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(url, "url");
        String input = html.length() > MAX_INPUT_BYTES ? truncate(html) : html;
        Document doc = parse(input, url);
        PageMetadata meta = MetadataReader.read(doc);

        Element content = extractBody(doc, meta, true);
        String text = TextRenderer.render(content);
        if (text.length() < RETRY_BELOW) {
            // The strict pass changed doc; parsing again gives the page as it was (reading the metadata changes
            // nothing). Parsing only on this rare path is cheaper than cloning every page up front.
            Document fallback = parse(input, url);
            Element lenient = extractBody(fallback.clone(), meta, false);
            String lenientText = TextRenderer.render(lenient);
            if (lenientText.length() > text.length() * 2) {
                content = lenient;
                text = lenientText;
            }
            if (text.isEmpty()) {
                PageCleaner.clean(fallback, false);
                content = fallback.body();
                text = TextRenderer.render(content);
            }
        }
        String safeHtml = text.isEmpty() ? "" : HtmlSanitizer.sanitize(content, url);
        return new ExtractedArticle(
                meta.title(),
                meta.byline(),
                meta.siteName(),
                meta.published(),
                meta.language(),
                meta.image(),
                Excerpt.of(meta.description(), Excerpt.firstParagraph(content), text),
                text,
                safeHtml,
                meta.canonicalUrl());
    }

    /** Parses the page and brings back its noscript images: the tree both the strict and the lenient pass start from. */
    private static Document parse(String input, URI url) {
        Document doc = Jsoup.parse(input, url.toString());
        NoscriptImages.unwrap(doc);
        return doc;
    }

    private static Element extractBody(Document doc, PageMetadata meta, boolean useHints) {
        PageCleaner.clean(doc, useHints);
        ContentScorer scorer = new ContentScorer();
        Element top = scorer.topCandidate(doc);
        Element content = top == null ? bodyCopy(doc) : ArticleAssembler.assemble(doc, scorer, top, meta.description());
        ContentPolisher.polish(content, meta);
        return content;
    }

    private static Element bodyCopy(Document doc) {
        Element wrapper = doc.createElement("div");
        wrapper.appendChildren(doc.body().childNodesCopy());
        return wrapper;
    }

    private static String truncate(String html) {
        int end = MAX_INPUT_BYTES;
        if (Character.isHighSurrogate(html.charAt(end - 1))) {
            end--;
        }
        return html.substring(0, end);
    }
}
