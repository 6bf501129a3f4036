package org.broadsheet.feed;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

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

    /**
     * Compares an expected value with our plain text (a title, say): strictly, the expected HTML must be our text
     * escaped; leniently, the expected value must show our text.
     */
    static boolean equivalentPlain(String expected, String ours, boolean lenient) {
        if (expected.strip().equals(ours.strip())) {
            return true;
        }
        String collapsed = ours.strip().replaceAll("\\s+", " ");
        return lenient ? text(expected).equals(collapsed) : html(expected).equals(html(Entities.escape(collapsed)));
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
