package org.broadsheet.feed;

import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * The repairs made to broken XML feeds before and after a strict parse fails: junk before the prolog, document type
 * declarations (never processed, so that no entity can read a file or a URL), unescaped ampersands and a last end tag
 * cut short.
 */
final class LenientXml {
    private static final Pattern DOCTYPE =
            Pattern.compile("<!DOCTYPE(?:[^\\[>]*\\[.*?\\]\\s*>|[^>]*>)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern AMPERSAND =
            Pattern.compile("&(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|([A-Za-z][A-Za-z0-9]{0,31});)?");
    private static final Pattern UNTERMINATED_END_TAG = Pattern.compile("(</[A-Za-z_][-A-Za-z0-9_.:]*)\\s*\\z");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern XML_LANG = Pattern.compile("\\sxml:lang\\s*=\\s*([\"'])([^\"'<>]*)\\1");
    /** An element whose attributes say {@code mode="base64"} (Atom 0.3), with its base64 text and end tag. */
    private static final Pattern BASE64_MODE = Pattern.compile(
            "(<([A-Za-z_][-A-Za-z0-9_.:]*)\\b[^<>]*\\smode\\s*=\\s*([\"'])base64\\3[^<>]*>)([A-Za-z0-9+/=\\s]+)(</\\2\\s*>)");

    /** A start or end tag: the slash of an end tag (1), the name (2) and the attributes up to the {@code >} (3). */
    private static final Pattern TAG =
            Pattern.compile("<(/?)([A-Za-z_][-A-Za-z0-9_.:]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*)>");

    /** The root start tag: name (1) and attributes (2). */
    private static final Pattern ROOT_TAG = Pattern.compile("<([A-Za-z_][-A-Za-z0-9_.]*)([^<>]*)>");
    /** A default namespace declaration, with the URI as group 2. */
    private static final Pattern DEFAULT_NAMESPACE = Pattern.compile("\\sxmlns\\s*=\\s*([\"'])([^\"'<>]*)\\1");

    /** A {@code <body>} or {@code <fullitem>} start tag that declares no default namespace. */
    private static final Pattern BARE_ITEM_BODY = Pattern.compile("<(body|fullitem)((?:\\s[^<>/]*)?)>");

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final Pattern VERSION_03 = Pattern.compile("\\sversion\\s*=\\s*[\"']0\\.3[\"']");
    private static final String ATOM_03 = "http://purl.org/atom/ns#";
    private static final String ATOM_10 = "http://www.w3.org/2005/Atom";
    private static final Set<String> HISTORIC_RSS_NAMESPACES = Set.of(
            "http://backend.userland.com/rss",
            "http://backend.userland.com/rss2",
            "http://blogs.law.harvard.edu/tech/rss");
    private static final Set<String> HISTORIC_ATOM_NAMESPACES = Set.of(
            "http://example.com/newformat#",
            "http://example.com/necho",
            "http://purl.org/echo/",
            "http://purl.org/pie/");
    private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][-A-Za-z0-9_.:]*)");

    private static final Pattern INVALID_CHARS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
    /** Prefixes that feeds use without declaring, and the namespaces they always mean. */
    private static final Map<String, String> WELL_KNOWN_PREFIXES = Map.of(
            "content", "http://purl.org/rss/1.0/modules/content/",
            "dc", "http://purl.org/dc/elements/1.1/",
            "media", "http://search.yahoo.com/mrss/",
            "atom", "http://www.w3.org/2005/Atom",
            "itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd",
            "slash", "http://purl.org/rss/1.0/modules/slash/",
            "wfw", "http://wellformedweb.org/CommentAPI/",
            "sy", "http://purl.org/rss/1.0/modules/syndication/");

    private LenientXml() {}

    /** Removes the control characters that XML 1.0 forbids; returns the input when there are none. */
    static String withoutInvalidCharacters(String xml) {
        return INVALID_CHARS.matcher(xml).replaceAll("");
    }

    /**
     * Reads C1 control characters (U+0080 to U+009F) as the Windows-1252 punctuation they almost always are: a feed
     * written in Windows-1252 but declared ISO-8859-1 or UTF-8 turns its curly quotes and dashes into them. Returns
     * the input when there are none; keeps the length.
     */
    static String withWindows1252Punctuation(String xml) {
        StringBuilder out = null;
        for (int i = 0; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (c >= 0x80 && c <= 0x9f) {
                char mapped = new String(new byte[] {(byte) c}, WINDOWS_1252).charAt(0);
                if (mapped != '\uFFFD') {
                    if (out == null) {
                        out = new StringBuilder(xml);
                    }
                    out.setCharAt(i, mapped);
                }
            }
        }
        return out == null ? xml : out.toString();
    }

    /** Declares, on the root element, the well-known prefixes that the document uses without declaring them. */
    static String withDeclaredPrefixes(String xml) {
        String root = rootElement(xml);
        if (root == null) {
            return xml;
        }
        int start = xml.indexOf("<" + root);
        int end = xml.indexOf('>', start);
        if (start < 0 || end < 0) {
            return xml;
        }
        String rootTag = xml.substring(start, end);
        StringBuilder declarations = new StringBuilder();
        WELL_KNOWN_PREFIXES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    String prefix = e.getKey();
                    if (xml.contains("<" + prefix + ":") && !xml.contains("xmlns:" + prefix + "=")) {
                        declarations
                                .append(" xmlns:")
                                .append(prefix)
                                .append("=\"")
                                .append(e.getValue())
                                .append('"');
                    }
                });
        if (declarations.isEmpty()) {
            return xml;
        }
        int insertAt = rootTag.endsWith("/") ? end - 1 : end;
        return xml.substring(0, insertAt) + declarations + xml.substring(insertAt);
    }

    /** The text from the first {@code <} on, or null when there is none. */
    static @Nullable String fromFirstTag(String text) {
        int start = text.indexOf('<');
        return start < 0 ? null : text.substring(start);
    }

    /** The name of the root element (prefix included), skipping the prolog, comments and doctype; null if none. */
    static @Nullable String rootElement(String xml) {
        int start = rootStart(xml);
        if (start < 0) {
            return null;
        }
        Matcher root = ROOT.matcher(xml).region(start, xml.length());
        return root.lookingAt() ? root.group(1) : null;
    }

    /** The {@code xml:lang} attribute of the root element, with {@code en_US} written {@code en-US}; null if none. */
    static @Nullable String rootLanguage(String xml) {
        int start = rootStart(xml);
        int end = start < 0 ? -1 : xml.indexOf('>', start);
        if (end < 0) {
            return null;
        }
        Matcher m = XML_LANG.matcher(xml).region(start, end);
        return m.find() && !m.group(2).isBlank() ? m.group(2).strip().replace('_', '-') : null;
    }

    /** Where the root element's start tag begins, after the prolog, comments and doctype; -1 if nowhere. */
    private static int rootStart(String xml) {
        int i = 0;
        while (i < xml.length()) {
            int lt = xml.indexOf('<', i);
            if (lt < 0) {
                return -1;
            }
            if (xml.startsWith("<?", lt)) {
                i = after(xml, "?>", lt);
            } else if (xml.startsWith("<!--", lt)) {
                i = after(xml, "-->", lt);
            } else if (xml.startsWith("<!", lt)) {
                Matcher doctype = DOCTYPE.matcher(xml).region(lt, xml.length());
                i = doctype.lookingAt() ? doctype.end() : after(xml, ">", lt);
            } else {
                return lt;
            }
        }
        return -1;
    }

    private static int after(String xml, String end, int from) {
        int at = xml.indexOf(end, from);
        return at < 0 ? xml.length() : at + end.length();
    }

    /** Whether the document's root says HTML rather than a feed. */
    static boolean isHtmlRoot(@Nullable String root) {
        return root != null && root.toLowerCase(Locale.ROOT).equals("html");
    }

    /**
     * Drops the default namespace that early RSS 0.9x/2.0 dialects (Userland, Harvard) put on {@code <rss>}, and maps
     * the draft names of Atom (Echo, Pie, Necho: 2003) on {@code <feed>} to Atom 0.3, so that ROME recognises them.
     */
    static String withHistoricRootNamespace(String xml) {
        Matcher m = rootTag(xml);
        if (m == null) {
            return xml;
        }
        Matcher ns = DEFAULT_NAMESPACE.matcher(xml).region(m.start(2), m.end(2));
        if (!ns.find()) {
            return xml;
        }
        String name = m.group(1);
        if (name.equals("rss") && HISTORIC_RSS_NAMESPACES.contains(ns.group(2))) {
            return xml.substring(0, ns.start()) + xml.substring(ns.end());
        }
        if (name.equals("feed") && HISTORIC_ATOM_NAMESPACES.contains(ns.group(2))) {
            return xml.substring(0, ns.start(2)) + ATOM_03 + xml.substring(ns.end(2));
        }
        return xml;
    }

    /**
     * Gives a {@code <feed>} root without a default namespace the Atom one (0.3 when it says {@code version="0.3"},
     * 1.0 otherwise); returns the input for any other document.
     */
    static String withAtomNamespaceOnBareFeed(String xml) {
        Matcher m = rootTag(xml);
        if (m == null || !m.group(1).equals("feed")) {
            return xml;
        }
        if (DEFAULT_NAMESPACE.matcher(xml).region(m.start(2), m.end(2)).find()) {
            return xml;
        }
        boolean v03 = VERSION_03.matcher(m.group(2)).find();
        return xml.substring(0, m.end(1)) + " xmlns=\"" + (v03 ? ATOM_03 : ATOM_10) + "\"" + xml.substring(m.end(1));
    }

    /**
     * Puts the {@code <body>} and {@code <fullitem>} elements of an RSS document without a default namespace into the
     * XHTML namespace, which early feeds left out: ROME drops unknown elements in no namespace, but keeps the others.
     */
    static String withNamespacedItemBodies(String xml) {
        Matcher m = rootTag(xml);
        if (m == null
                || !m.group(1).equals("rss")
                || DEFAULT_NAMESPACE.matcher(xml).region(m.start(2), m.end(2)).find()
                || (!xml.contains("<body") && !xml.contains("<fullitem"))) {
            return xml;
        }
        return BARE_ITEM_BODY
                .matcher(xml)
                .replaceAll(b -> b.group(2).contains("xmlns")
                        ? Matcher.quoteReplacement(b.group())
                        : Matcher.quoteReplacement("<" + b.group(1) + " xmlns=\"" + XHTML + "\"" + b.group(2) + ">"));
    }

    private static @Nullable Matcher rootTag(String xml) {
        int root = rootStart(xml);
        if (root < 0) {
            return null;
        }
        Matcher m = ROOT_TAG.matcher(xml).region(root, xml.length());
        return m.lookingAt() ? m : null;
    }

    /**
     * Removes the line breaks and indentation inside Atom 0.3 {@code mode="base64"} elements, which the format allows
     * but ROME's decoder rejects.
     */
    static String withCompactBase64(String xml) {
        if (!xml.contains("base64")) {
            return xml;
        }
        return BASE64_MODE
                .matcher(xml)
                .replaceAll(
                        m -> Matcher.quoteReplacement(m.group(1) + m.group(4).replaceAll("\\s+", "") + m.group(5)));
    }

    /**
     * Completes an end tag that lost its {@code >} at the very end of the document ({@code ...</rss}), the mark of a
     * download cut one byte short; returns the input otherwise.
     */
    static String withTerminatedEndTag(String xml) {
        Matcher m = UNTERMINATED_END_TAG.matcher(xml);
        return m.find() ? xml.substring(0, m.end(1)) + ">" + xml.substring(m.end(1)) : xml;
    }

    /** A document cut back to the end of its last complete entry, with its open elements closed. */
    record CutOff(String xml, int entries) {}

    /**
     * For a document that was cut off (its root element is still open at the end), the document up to the end of its
     * last complete {@code <item>} or {@code <entry>}, with end tags added for the elements still open there, and the
     * number of complete entries; null when the document is whole or its markup cannot be followed.
     */
    static @Nullable CutOff cutOff(String xml) {
        Deque<String> open = new ArrayDeque<>();
        int entries = 0;
        int lastEntryEnd = -1;
        List<String> openAtLastEntry = List.of();
        boolean rootSeen = false;
        Matcher tag = TAG.matcher(xml);
        int i = 0;
        while (true) {
            int lt = xml.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            if (xml.startsWith("<!--", lt)) {
                i = xml.indexOf("-->", lt);
                if (i < 0) {
                    break;
                }
                i += 3;
            } else if (xml.startsWith("<![CDATA[", lt)) {
                i = xml.indexOf("]]>", lt);
                if (i < 0) {
                    break;
                }
                i += 3;
            } else if (xml.startsWith("<?", lt) || xml.startsWith("<!", lt)) {
                i = xml.indexOf('>', lt);
                if (i < 0) {
                    break;
                }
                i += 1;
            } else {
                if (!tag.region(lt, xml.length()).lookingAt()) {
                    // A tag cut off in the middle, or a stray '<' that the strict parse already refused.
                    if (xml.indexOf('>', lt) >= 0) {
                        return null;
                    }
                    break;
                }
                String name = tag.group(2);
                if (tag.group(1).equals("/")) {
                    if (!name.equals(open.peek())) {
                        return null;
                    }
                    open.pop();
                    if (isEntry(name)) {
                        entries++;
                        lastEntryEnd = tag.end();
                        openAtLastEntry = List.copyOf(open);
                    }
                    if (open.isEmpty()) {
                        // The root closed: the document is whole, whatever else is wrong with it.
                        return null;
                    }
                } else if (!tag.group(3).endsWith("/")) {
                    open.push(name);
                    rootSeen = true;
                }
                i = tag.end();
            }
        }
        if (!rootSeen || open.isEmpty()) {
            return null;
        }
        if (lastEntryEnd < 0) {
            return new CutOff(xml, 0);
        }
        StringBuilder closed = new StringBuilder(xml.substring(0, lastEntryEnd));
        openAtLastEntry.forEach(name -> closed.append("</").append(name).append('>'));
        return new CutOff(closed.toString(), entries);
    }

    private static boolean isEntry(String name) {
        String local = name.substring(name.indexOf(':') + 1);
        return local.equals("item") || local.equals("entry");
    }

    /** Removes the document type declaration, internal subset included; returns the input when there is none. */
    static String withoutDoctype(String xml) {
        // Only in the prolog: "<!DOCTYPE" inside the document is text, in a CDATA section say.
        int root = rootStart(xml);
        Matcher m = DOCTYPE.matcher(xml).region(0, root < 0 ? xml.length() : root);
        return m.find() ? xml.substring(0, m.start()) + xml.substring(m.end()) : xml;
    }

    /**
     * Escapes every {@code &} that does not start one of XML's five entities or a character reference, after turning
     * HTML's named entities ({@code &nbsp;}, {@code &eacute;}) into character references.
     */
    static String withEscapedAmpersands(String xml) {
        Matcher m = AMPERSAND.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length() + 64);
        while (m.find()) {
            String name = m.group(2);
            String replacement;
            if (m.group(1) == null) {
                replacement = "&amp;";
            } else if (name == null || isXmlEntity(name)) {
                replacement = m.group();
            } else if (Entities.isNamedEntity(name)) {
                replacement = characterReferences(Entities.getByName(name));
            } else {
                replacement = "&amp;" + name + ";";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isXmlEntity(String name) {
        return switch (name) {
            case "amp", "lt", "gt", "quot", "apos" -> true;
            default -> false;
        };
    }

    private static String characterReferences(String text) {
        StringBuilder refs = new StringBuilder();
        text.codePoints().forEach(cp -> refs.append("&#").append(cp).append(';'));
        return refs.toString();
    }
}
