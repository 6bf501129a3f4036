package org.broadsheet.extract;

import java.net.URI;

/**
 * Runs the extractor once per process on a small built-in page before the first real one: a cold JVM loads and
 * interprets hundreds of classes on its first page, which alone can take longer than a page's time budget.
 */
final class Warmup {
    private static final String PAGE = "<!doctype html><html lang=en><head><title>Warm-up | Site</title>"
            + "<meta property=og:title content=\"Warm-up\"><script type=application/ld+json>"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Warm-up\",\"datePublished\":\"2024-01-01T00:00:00Z\"}</script>"
            + "</head><body><nav><a href=/>Home</a></nav><article><h1>Warm-up</h1><p class=byline>By A. Writer</p>"
            + "<p>The first paragraph of a short article, with enough words, commas and sentences to be scored.</p>"
            + "<p>A second paragraph, with a <a href=/x>link</a> and an image.</p><img data-src=/a.jpg src=x.gif>"
            + "<p>A third paragraph, so that the article is long enough to be taken for one without a retry.</p>"
            + "</article><footer>Footer</footer></body></html>";

    private Warmup() {}

    /** Extracts the built-in page once per process (later calls return at once); no budget applies. */
    static void once() {
        Holder.DONE.getClass();
    }

    private static final class Holder {
        static final Boolean DONE = run();

        private static Boolean run() {
            try {
                new ArticleExtractor(java.time.Duration.ofDays(1), System::nanoTime, false)
                        .extract(PAGE.repeat(3), URI.create("https://warm-up.invalid/article"));
            } catch (ExtractionException e) {
                throw new IllegalStateException("the warm-up page failed: " + e.code(), e);
            }
            return Boolean.TRUE;
        }
    }
}
