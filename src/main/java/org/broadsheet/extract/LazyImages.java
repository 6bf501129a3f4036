package org.broadsheet.extract;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Gives every image its real, absolute source: lazy-loading attributes ({@code data-src}, {@code data-lazy-src},
 * {@code data-original}, {@code srcset}, {@code data-srcset}) win over placeholders, and images with no usable
 * source are dropped.
 */
final class LazyImages {
    private static final String[] LAZY_ATTRIBUTES = {
        "data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src", "data-full-src"
    };

    private LazyImages() {}

    /** Resolves the images under {@code root} in place. */
    static void resolve(Element root) {
        for (Element img : root.select(Queries.of("img"))) {
            String src = bestSource(img);
            if (src == null) {
                img.remove();
                continue;
            }
            img.attr("src", src);
            img.removeAttr("srcset");
            img.removeAttr("data-srcset");
            img.removeAttr("loading");
        }
        for (Element source : root.select(Queries.of("picture > source"))) {
            source.remove();
        }
    }

    private static @Nullable String bestSource(Element img) {
        String src = img.attr("src").strip();
        if (src.isEmpty() || isPlaceholder(src)) {
            src = "";
            for (String attr : LAZY_ATTRIBUTES) {
                if (!img.attr(attr).isBlank()) {
                    src = img.attr(attr).strip();
                    break;
                }
            }
        }
        if (src.isEmpty()) {
            src = largestInSrcset(img.hasAttr("data-srcset") ? img.attr("data-srcset") : img.attr("srcset"));
        }
        if (src.isEmpty()) {
            Element picture = img.parent();
            Element source = picture != null && picture.nameIs("picture")
                    ? picture.selectFirst(Queries.of("source[srcset]"))
                    : null;
            src = source == null ? "" : largestInSrcset(source.attr("srcset"));
        }
        if (src.isEmpty() || isPlaceholder(src)) {
            return null;
        }
        String absolute = resolveAgainst(img, src);
        return absolute.isEmpty() ? src : absolute;
    }

    private static String resolveAgainst(Element img, String src) {
        String previous = img.attr("src");
        img.attr("src", src);
        String absolute = img.absUrl("src");
        img.attr("src", previous);
        return absolute;
    }

    private static boolean isPlaceholder(String src) {
        String s = src.toLowerCase(Locale.ROOT);
        return s.startsWith("data:")
                || s.contains("placeholder")
                || s.contains("blank.gif")
                || s.contains("spacer.gif")
                || s.contains("pixel.gif")
                || s.contains("transparent.gif")
                || s.contains("grey.gif")
                || s.contains("lazy.gif");
    }

    /** Picks the widest (or highest-density) candidate of a {@code srcset} value; empty when there is none. */
    static String largestInSrcset(String srcset) {
        String best = "";
        double bestSize = -1;
        for (String candidate : srcset.split(",\\s+|,(?=\\S+\\s)")) {
            String[] parts = candidate.strip().split("\\s+");
            if (parts.length == 0 || parts[0].isEmpty()) {
                continue;
            }
            double size = 1;
            if (parts.length > 1) {
                String descriptor = parts[1].toLowerCase(Locale.ROOT);
                try {
                    size = Double.parseDouble(descriptor.substring(0, descriptor.length() - 1));
                } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                    size = 1;
                }
            }
            if (size > bestSize) {
                best = parts[0];
                bestSize = size;
            }
        }
        return best;
    }
}
