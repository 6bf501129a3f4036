package org.broadsheet.feed;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Compares an expected title or body with ours. Strictly, two strings agree when they are the same HTML once parsed and
 * re-serialised (entities, quoting and runs of whitespace aside); leniently, when their visible text is the same. The
 * lenient reading is what a reader sees: our sanitiser and another parser's may keep different attributes.
 */
final class ExpectedText {
    private ExpectedText() {}

    static boolean equivalent(String expected, String actual, boolean lenient) {
        if (expected.strip().equals(actual.strip())) {
            return true;
        }
        return lenient ? text(expected).equals(text(actual)) : html(expected).equals(html(actual));
    }

    static String text(String html) {
        return Jsoup.parseBodyFragment(html).text().strip();
    }

    static String html(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        return doc.body().html().replaceAll("\\s+", " ").strip();
    }
}
