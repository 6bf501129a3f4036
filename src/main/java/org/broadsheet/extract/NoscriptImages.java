package org.broadsheet.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Brings back the images that lazy-loading pages only give in {@code <noscript>}: a noscript holding a single image
 * replaces the placeholder image just before it, or stands in for itself when there is none. Runs before the page
 * cleaner, which drops every noscript.
 */
final class NoscriptImages {
    private NoscriptImages() {}

    /**
     * Unwraps the image-only elements among {@code noscripts} (all of {@code doc}'s, in document order) in place;
     * true when it changed the page.
     */
    static boolean unwrap(Document doc, List<Element> noscripts) {
        boolean changed = false;
        for (Element noscript : noscripts) {
            Deadline.checkpoint();
            String html = noscript.html();
            if (!hasImageTag(html)) {
                // Parsing it would find no image: tracking frames and notices are most noscripts.
                continue;
            }
            Document inner = Jsoup.parseBodyFragment(html, doc.location());
            Elements images = inner.body().select(Queries.of("img"));
            if (images.size() != 1 || !inner.body().text().isBlank()) {
                continue;
            }
            Element image = images.first().clone();
            Element previous = noscript.previousElementSibling();
            if (previous != null && previous.nameIs("img")) {
                if (isPlaceholder(previous)) {
                    previous.replaceWith(image);
                    noscript.remove();
                    changed = true;
                }
            } else {
                noscript.replaceWith(image);
                changed = true;
            }
        }
        return changed;
    }

    /** False when {@code html} has no {@code <img} or {@code <image} tag, in any letter case: no parse yields an image. */
    private static boolean hasImageTag(String html) {
        for (int i = html.indexOf('<'); i >= 0 && i + 2 < html.length(); i = html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i + 1, "im", 0, 2)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlaceholder(Element img) {
        String src = img.attr("src").strip().toLowerCase(Locale.ROOT);
        return src.isEmpty() || src.startsWith("data:") || img.hasAttr("data-src") || img.hasAttr("data-srcset");
    }
}
