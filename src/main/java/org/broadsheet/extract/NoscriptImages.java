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
            Document inner = Jsoup.parseBodyFragment(noscript.html(), doc.location());
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

    private static boolean isPlaceholder(Element img) {
        String src = img.attr("src").strip().toLowerCase(Locale.ROOT);
        return src.isEmpty() || src.startsWith("data:") || img.hasAttr("data-src") || img.hasAttr("data-srcset");
    }
}
