package org.broadsheet.extract;

import java.net.URI;

/**
 * An article extractor measured by {@link ExtractionBenchmark}: Broadsheet's own, or a peer's adapter (in {@code
 * org.broadsheet.extract.peers}; the peers are test-scope dependencies, so their adapters live in the bench tree).
 */
public interface ExtractorUnderTest {
    /** The name shown in the benchmark's table. */
    String name();

    /** Returns the article text of the page {@code html} found at {@code url}; may throw on pages it cannot read. */
    String text(String html, URI url);

    /** Broadsheet's {@link ArticleExtractor}, as the benchmark sees it. */
    static ExtractorUnderTest broadsheet() {
        ArticleExtractor extractor = new ArticleExtractor();
        return new ExtractorUnderTest() {
            @Override
            public String name() {
                return "Broadsheet";
            }

            @Override
            public String text(String html, URI url) {
                try {
                    return extractor.extract(html, url).text();
                } catch (ExtractionException e) {
                    throw new IllegalStateException(e.code() + ": " + e.getMessage(), e);
                }
            }
        };
    }
}
