package org.broadsheet.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads RSS, RDF and Atom documents with ROME: decodes the bytes, makes the lenient repairs, and never lets the XML
 * parser see a document type declaration, so that external entities (XXE) cannot be read.
 */
final class XmlFeedReader {
    private static final Logger log = LoggerFactory.getLogger(XmlFeedReader.class);

    private XmlFeedReader() {}

    /** Parses {@code body}; repairs made along the way are added to {@code warnings}. */
    static XmlFeed read(byte[] body, @Nullable String contentType, List<String> warnings) throws FeedParseException {
        int start = firstTagInAsciiCompatibleBytes(body);
        if (start > 0) {
            // The charset sniffer reads the XML declaration only at the very start of the document.
            if (!new String(body, 0, start, StandardCharsets.ISO_8859_1).isBlank()) {
                warnings.add("removed junk before the XML prolog");
            }
            body = Arrays.copyOfRange(body, start, body.length);
        }
        String text = decode(body, contentType);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String xml = LenientXml.fromFirstTag(text);
        if (xml == null) {
            throw new FeedParseException(FeedParseFailure.NOT_A_FEED, "The document has no markup", null);
        }
        if (!text.substring(0, text.length() - xml.length()).isBlank()) {
            warnings.add("removed junk before the XML prolog");
        }
        String root = LenientXml.rootElement(xml);
        if (root == null || LenientXml.isHtmlRoot(root)) {
            throw new FeedParseException(
                    FeedParseFailure.NOT_A_FEED, root == null ? "No root element" : "An HTML page", null);
        }
        // A document type declaration is well-formed XML (RSS 0.91 feeds carry Netscape's); it is dropped so that no
        // entity or external DTD is ever read, which is our policy rather than a repair, so it is no warning.
        String withoutDoctype = LenientXml.withoutDoctype(xml);
        String cleaned = LenientXml.withWindows1252Punctuation(LenientXml.withoutInvalidCharacters(withoutDoctype));
        // The punctuation mapping keeps the length, so this counts only removed control characters.
        if (cleaned.length() != withoutDoctype.length()) {
            warnings.add("removed control characters that XML forbids");
        }
        String atomised = LenientXml.withAtomNamespaceOnBareFeed(cleaned);
        if (!atomised.equals(cleaned)) {
            warnings.add("read a <feed> root without a namespace as Atom");
        }
        String valid = LenientXml.withNamespacedItemBodies(
                LenientXml.withCompactBase64(LenientXml.withHistoricRootNamespace(atomised)));
        try {
            return withRootLanguage(build(valid, warnings), valid);
        } catch (FeedException strictFailure) {
            String repaired = LenientXml.withDeclaredPrefixes(LenientXml.withEscapedAmpersands(valid));
            String terminated = LenientXml.withTerminatedEndTag(repaired);
            FeedException failure = strictFailure;
            if (!terminated.equals(valid)) {
                try {
                    XmlFeed feed = build(terminated, warnings);
                    if (!repaired.equals(valid)) {
                        warnings.add("repaired unescaped '&', HTML entities or undeclared namespace prefixes");
                    }
                    if (!terminated.equals(repaired)) {
                        warnings.add("completed the last end tag, which was cut short");
                    }
                    return withRootLanguage(feed, terminated);
                } catch (FeedException e) {
                    failure = e;
                }
            }
            return cutOff(repaired, warnings, failure);
        }
    }

    /**
     * Reads a document that was cut off (its root element never closes) up to the end of its last complete entry, or
     * throws: {@code TRUNCATED} when no entry arrived complete, {@code MALFORMED_FEED} when the document is whole.
     */
    private static XmlFeed cutOff(String xml, List<String> warnings, FeedException failure) throws FeedParseException {
        LenientXml.CutOff cut = LenientXml.cutOff(xml);
        if (cut == null) {
            throw malformed(failure);
        }
        if (cut.entries() == 0) {
            throw new FeedParseException(
                    FeedParseFailure.TRUNCATED, "The document was cut off before its first complete entry", failure);
        }
        List<String> repairs = new ArrayList<>();
        try {
            XmlFeed feed = build(cut.xml(), repairs);
            warnings.addAll(repairs);
            int kept = feed.feed().getEntries().size();
            warnings.add("the document was cut off: kept the "
                    + (kept == 1 ? "entry that arrived complete" : kept + " entries that arrived complete"));
            return withRootLanguage(feed.asTruncated(), cut.xml());
        } catch (FeedException e) {
            throw malformed(failure);
        }
    }

    /** Takes the root element's {@code xml:lang} as the feed's language when the feed names none otherwise. */
    private static XmlFeed withRootLanguage(XmlFeed parsed, String xml) {
        SyndFeed feed = parsed.feed();
        if (feed.getLanguage() == null || feed.getLanguage().isBlank()) {
            String language = LenientXml.rootLanguage(xml);
            if (language != null) {
                feed.setLanguage(language);
            }
        }
        return parsed;
    }

    /**
     * Parses the XML as ROME would (its secure SAX settings: no DTD, no external entities; its healer for stray
     * entities) but keeps the document, so that the mapper can read what ROME's model leaves out.
     */
    private static XmlFeed build(String xml, List<String> warnings) throws FeedException, FeedParseException {
        Document document;
        try {
            document = DocumentInput.INSTANCE.saxBuilder().build(new XmlFixerReader(new StringReader(xml)));
        } catch (JDOMParseException e) {
            throw new ParsingFeedException("Invalid XML: " + e.getMessage(), e);
        } catch (JDOMException | IOException | RuntimeException e) {
            throw new ParsingFeedException("Invalid XML", e);
        }
        if (withChannel(document.getRootElement())) {
            warnings.add("read items outside a <channel> as the channel's");
        }
        SyndFeedInput input = new SyndFeedInput(false, Locale.US);
        input.setAllowDoctypes(false);
        input.setPreserveWireFeed(true);
        try {
            // ROME's parsers take the document apart without changing it, so the mapper may read it afterwards.
            return new XmlFeed(input.build(document), document, false);
        } catch (IllegalArgumentException e) {
            // ROME's way of saying that no parser recognises the root element.
            throw new FeedParseException(FeedParseFailure.NOT_A_FEED, "Not an RSS, RDF or Atom document", e);
        } catch (RuntimeException e) {
            // ROME trips over some broken documents with runtime exceptions of its own.
            log.atDebug().setCause(e).log("ROME failed on a document");
            throw new FeedException("unexpected structure (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * Wraps the content of an {@code <rss>} root that has no {@code <channel>} (items straight under the root, as some
     * old feeds have) in one, which ROME requires; returns whether it did.
     */
    private static boolean withChannel(Element root) {
        if (!root.getName().equals("rss")
                || root.getChild("channel", root.getNamespace()) != null
                || root.getChildren().isEmpty()) {
            return false;
        }
        Element channel = new Element("channel", root.getNamespace());
        channel.addContent(root.removeContent());
        root.addContent(channel);
        return true;
    }

    /** ROME's own SAX configuration, which it only hands to subclasses. */
    private static final class DocumentInput extends WireFeedInput {
        static final DocumentInput INSTANCE = new DocumentInput();

        DocumentInput() {
            super(false, Locale.US);
            setAllowDoctypes(false);
        }

        SAXBuilder saxBuilder() {
            return createSAXBuilder();
        }
    }

    private static FeedParseException malformed(Exception e) {
        // ROME wraps the XML parser's message, which says what is wrong and where, in a generic one.
        boolean fromXmlParser = e.getCause() != null && !(e.getCause() instanceof RuntimeException);
        String message = fromXmlParser && e.getCause().getMessage() != null
                ? e.getCause().getMessage()
                : String.valueOf(e.getMessage());
        return new FeedParseException(FeedParseFailure.MALFORMED_FEED, "Malformed feed: " + message, e);
    }

    /**
     * The index of the first {@code <} in a document without a byte order mark or NUL bytes (so not UTF-16 or
     * UTF-32), where that byte can only be a {@code <}; 0 for other documents.
     */
    private static int firstTagInAsciiCompatibleBytes(byte[] body) {
        int probe = Math.min(body.length, 4);
        for (int i = 0; i < probe; i++) {
            int b = body[i] & 0xff;
            if (b == 0 || b == 0xfe || b == 0xff || b == 0xef) {
                return 0;
            }
        }
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '<') {
                return i;
            }
        }
        return 0;
    }

    /** Decodes by BOM, then HTTP charset, then XML declaration, as ROME's XmlReader does; UTF-8 as the last resort. */
    private static String decode(byte[] body, @Nullable String contentType) {
        String httpType =
                contentType != null && contentType.toLowerCase(Locale.ROOT).contains("charset=") ? contentType : null;
        try {
            return readAll(
                    httpType == null
                            ? new XmlReader(new ByteArrayInputStream(body), true)
                            : new XmlReader(new ByteArrayInputStream(body), httpType, true));
        } catch (IOException | RuntimeException e) {
            // An unknown charset name, in the header or the declaration.
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static String readAll(Reader reader) throws IOException {
        try (reader) {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                out.append(buffer, 0, n);
            }
            return out.toString();
        }
    }
}
