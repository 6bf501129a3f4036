package org.broadsheet.sanitize;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Sanitises untrusted HTML (feed content, extracted article bodies) with a single allow-list policy: text structure,
 * links, images, figures and tables survive; scripts, styles, event handlers, forms and frames do not. The contents of
 * scripts, styles and templates are dropped; embedding elements ({@code iframe}, {@code object}, {@code embed},
 * {@code applet}, {@code noembed}, {@code noframes}, frames) give way to the visible text of their fallback content,
 * as escaped text, which is what a browser shows when it cannot show the embedded thing.
 */
public final class HtmlSanitizer {
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "hr",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "ul",
                    "ol",
                    "li",
                    "dl",
                    "dt",
                    "dd",
                    "blockquote",
                    "pre",
                    "code",
                    "em",
                    "strong",
                    "b",
                    "i",
                    "u",
                    "s",
                    "sub",
                    "sup",
                    "small",
                    "mark",
                    "q",
                    "cite",
                    "abbr",
                    "time",
                    "figure",
                    "figcaption",
                    "img",
                    "picture",
                    "a",
                    "table",
                    "thead",
                    "tbody",
                    "tfoot",
                    "tr",
                    "th",
                    "td",
                    "caption",
                    "span",
                    "div")
            // h1 belongs to the page, not to the article body: demote it.
            .allowElements((name, attrs) -> "h2", "h1")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .allowAttributes("src", "alt", "width", "height")
            .onElements("img")
            .allowAttributes("title")
            .globally()
            .allowAttributes("datetime")
            .onElements("time")
            .allowAttributes("colspan", "rowspan", "scope")
            .onElements("td", "th")
            .allowAttributes("cite")
            .onElements("blockquote", "q")
            // Not requireRelsOnLinks: it writes its tokens in Set.of order, which changes from run to run.
            .allowElements(HtmlSanitizer::withFixedRel, "a")
            .toFactory();

    /**
     * Every attribute name {@link #POLICY} allows on some element: the tree walk gives the policy only these, as it
     * would drop the others (classes, ids, styles, data attributes, handlers) one by one. Keep in step with the policy.
     */
    static final Set<String> POLICY_ATTRIBUTES =
            Set.of("href", "src", "alt", "width", "height", "title", "datetime", "colspan", "rowspan", "scope", "cite");

    /** The {@code rel} every link gets, always in this order so that output is byte-for-byte reproducible. */
    static final String LINK_REL = "nofollow noopener noreferrer";

    private HtmlSanitizer() {}

    /**
     * Element policy for {@code a}: runs after the attribute policies, so {@code attrs} (names and values, alternating)
     * holds only allowed attributes; a link that kept its {@code href} gets {@link #LINK_REL}.
     */
    private static String withFixedRel(String elementName, List<String> attrs) {
        for (int i = 0; i < attrs.size(); i += 2) {
            if (attrs.get(i).equals("href")) {
                attrs.add("rel");
                attrs.add(LINK_REL);
                break;
            }
        }
        return elementName;
    }

    /** The elements whose URL attributes are made absolute before sanitising, by the attribute that marks them. */
    private static final Map<String, String> URL_CARRIERS =
            Map.of("a", "href", "img", "src", "blockquote", "cite", "q", "cite");

    private static final String[] URL_ATTRIBUTES = {"href", "src", "cite"};

    /**
     * Returns a safe version of {@code html}. Relative {@code href} and {@code src} values are first made absolute
     * against {@code baseUrl} when one is given, so that the result can be shown on any page.
     */
    public static String sanitize(String html, @Nullable URI baseUrl) {
        Objects.requireNonNull(html, "html");
        String input = html;
        boolean embeds = EmbedFallback.mayApply(html);
        if (baseUrl != null || embeds) {
            Document doc = Jsoup.parseBodyFragment(html, baseUrl == null ? "" : baseUrl.toString());
            if (baseUrl != null) {
                absolutise(doc.body(), baseUrl.toString());
            }
            if (embeds) {
                EmbedFallback.apply(doc.body());
            }
            input = doc.body().html();
        }
        return POLICY.sanitize(input).strip();
    }

    /**
     * Returns a safe version of the inner HTML of {@code root}, an already parsed tree, without serialising and
     * parsing it again first: the same elements, attributes and text as the string form gives for {@code root}'s
     * serialisation, with whitespace as the tree holds it. Relative {@code href}, {@code src} and {@code cite} values under {@code root} are made
     * absolute against {@code baseUrl} in place (as the string form does on its own parse), and embedding elements
     * under it are replaced by their fallback text, so {@code root} is changed.
     */
    public static String sanitize(Element root, URI baseUrl) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (absolutise(root, baseUrl.toString())) {
            EmbedFallback.apply(root);
        }
        return TreeEvents.sanitize(POLICY, POLICY_ATTRIBUTES, root).strip();
    }

    /**
     * The text a reader sees in {@code html} under this policy, whitespace collapsed: the fallback text of embedding
     * elements, nothing from scripts, styles or templates. For names and titles that arrive as HTML.
     */
    public static String text(String html) {
        Objects.requireNonNull(html, "html");
        Document doc = Jsoup.parseBodyFragment(html);
        if (EmbedFallback.mayApply(html)) {
            EmbedFallback.apply(doc.body());
        }
        return doc.body().text().strip();
    }

    /**
     * A function making attribute values absolute against {@code base} exactly as jsoup's {@code absUrl} does (empty
     * when a value has no absolute form), cheaper: for callers that resolve many values of one page, as this class
     * does before sanitising. Not thread-safe: it caches what it resolved.
     */
    public static UnaryOperator<String> absoluteUrls(String base) {
        return new UrlResolution(Objects.requireNonNull(base, "base"));
    }

    /**
     * Resolves the URL attributes under {@code root} against {@code base}, the way {@code absUrl} does; returns whether
     * the walk met an element that {@link EmbedFallback} changes, so that its own walk runs only then.
     */
    private static boolean absolutise(Element root, String base) {
        boolean[] embeds = new boolean[1];
        // Pages repeat the same links and image sources; resolving builds URL objects, so each value resolves once.
        UrlResolution resolution = new UrlResolution(base);
        // The carriers are "a[href], img[src], blockquote[cite], q[cite]", found in one walk rather than by a query.
        NodeTraversor.traverse(
                (node, depth) -> {
                    if (node instanceof Element el && node != root && EmbedFallback.changes(el)) {
                        embeds[0] = true;
                    }
                    if (node instanceof Element el
                            && el.attributesSize() > 0
                            && URL_CARRIERS.get(el.normalName()) instanceof String marker
                            && el.hasAttr(marker)) {
                        for (String attr : URL_ATTRIBUTES) {
                            if (el.hasAttr(attr)) {
                                String abs = resolution.apply(el.attr(attr));
                                if (!abs.isEmpty()) {
                                    el.attr(attr, abs);
                                }
                            }
                        }
                    }
                },
                root);
        return embeds[0];
    }
}
