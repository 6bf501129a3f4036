package org.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.broadsheet.sanitize.HtmlSanitizer;
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
        // One walk finds both the images and the picture sources (the image loop below leaves the sources in place).
        List<Element> images = new ArrayList<>();
        List<Element> sources = new ArrayList<>();
        Deadline deadline = Deadline.current();
        for (Element el = root; el != null; el = Descendants.next(root, el)) {
            deadline.tick();
            if (el.nameIs("img")) {
                images.add(el);
            } else if (el.nameIs("source") && el.parent() != null && el.parent().nameIs("picture")) {
                sources.add(el);
            }
        }
        Resolver resolver = new Resolver();
        for (Element img : images) {
            String src = bestSource(img, resolver);
            if (src == null) {
                img.remove();
                continue;
            }
            img.attr("src", src);
            img.removeAttr("srcset");
            img.removeAttr("data-srcset");
            img.removeAttr("loading");
        }
        for (Element source : sources) {
            source.remove();
        }
    }

    private static @Nullable String bestSource(Element img, Resolver resolver) {
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
        String absolute = resolver.resolve(img.baseUri(), src);
        return absolute.isEmpty() ? src : absolute;
    }

    /** {@code absUrl} of each image's source: the sanitiser's resolution, made once per base (one per page). */
    private static final class Resolver {
        private @Nullable String base;
        private @Nullable UnaryOperator<String> resolution;

        String resolve(String base, String value) {
            if (resolution == null || !base.equals(this.base)) {
                this.base = base;
                this.resolution = HtmlSanitizer.absoluteUrls(base);
            }
            return resolution.apply(value);
        }
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
