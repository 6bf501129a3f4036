package org.broadsheet.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Marks an answer's sentences in the article body: the exact words in a {@code <mark>} when they sit in one run of
 * text, or else the whole paragraph holding them. The first mark gets {@code id="answer"} so that the page can jump
 * to it. Only elements and attributes of our own are added, so the sanitised body stays safe.
 */
final class AnswerHighlight {
    private static final String BLOCKS = "p, li, blockquote, h2, h3, h4, h5, h6, figcaption, td, dd";

    private AnswerHighlight() {}

    /** {@code bodyHtml} with every sentence of {@code passage} that can be found marked. */
    static String mark(String bodyHtml, List<String> passage) {
        if (passage.isEmpty()) {
            return bodyHtml;
        }
        Document doc = Jsoup.parseBodyFragment(bodyHtml);
        doc.outputSettings().prettyPrint(false);
        boolean first = true;
        for (String sentence : passage) {
            String wanted = sentence.replaceAll("\\s+", " ").strip();
            if (wanted.isEmpty()) {
                continue;
            }
            Element block = innermostHolding(doc, wanted);
            if (block == null) {
                continue;
            }
            Element mark = markInText(block, wanted);
            if (mark == null) {
                block.addClass("answer-block");
                mark = block;
            }
            if (first) {
                mark.id("answer");
                first = false;
            }
        }
        return doc.body().html();
    }

    private static @Nullable Element innermostHolding(Document doc, String wanted) {
        Element found = null;
        for (Element e : doc.body().select(BLOCKS)) {
            if (e.text().contains(wanted)) {
                found = e; // later matches are nested deeper (document order), so keep the last
            }
        }
        return found;
    }

    private static @Nullable Element markInText(Element block, String wanted) {
        Pattern pattern = Pattern.compile(String.join("\\s+", quoted(wanted.split(" "))));
        for (TextNode node : block.textNodes()) {
            String whole = node.getWholeText();
            Matcher m = pattern.matcher(whole);
            if (m.find()) {
                // jsoup refuses to split at either end of a text, so split only where there is text beyond the match.
                TextNode middle = m.start() == 0 ? node : node.splitText(m.start());
                if (m.end() < whole.length()) {
                    middle.splitText(m.end() - m.start());
                }
                Element mark = new Element("mark").addClass("answer");
                middle.replaceWith(mark);
                mark.appendChild(middle);
                return mark;
            }
        }
        return null;
    }

    private static List<String> quoted(String[] words) {
        return java.util.Arrays.stream(words).map(Pattern::quote).toList();
    }
}
