package org.broadsheet.feed;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.extract.DateParser;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.output.XMLOutputter;
import org.jspecify.annotations.Nullable;

/**
 * What ROME's model leaves out, read from the XML document itself: markup written as XML elements inside an RSS
 * description or an HTML-typed Atom construct (ROME keeps only the text directly inside), and the Atom 1.0 names that
 * Atom 0.3 feeds borrow ({@code subtitle}), which ROME's Atom 0.3 parser does not know.
 */
final class DocumentFallbacks {
    private static final String ATOM_03 = "http://purl.org/atom/ns#";

    private final @Nullable Element channel;
    private final List<@Nullable Element> entries;
    private final boolean atom03;

    private DocumentFallbacks(@Nullable Element channel, List<@Nullable Element> entries, boolean atom03) {
        this.channel = channel;
        this.entries = entries;
        this.atom03 = atom03;
    }

    /** Finds the channel and the entry elements of {@code document}; {@code entryCount} is how many ROME read. */
    static DocumentFallbacks of(Document document, int entryCount) {
        Element root = document.getRootElement();
        boolean atom = root.getName().equals("feed");
        Element channel = atom ? root : root.getChild("channel", root.getNamespace());
        if (channel == null) {
            // RSS 1.0 and 0.90: the channel in the RSS namespace, under rdf:RDF.
            channel = root.getChildren().stream()
                    .filter(e -> e.getName().equals("channel"))
                    .findFirst()
                    .orElse(null);
        }
        List<Element> found = new ArrayList<>();
        String entryName = atom ? "entry" : "item";
        for (Element parent : channel == null || channel == root ? List.of(root) : List.of(channel, root)) {
            for (Element child : parent.getChildren()) {
                if (child.getName().equals(entryName)) {
                    found.add(child);
                }
            }
        }
        // Matched by position, so only when ROME read exactly these entries.
        List<@Nullable Element> entries = new ArrayList<>();
        for (int i = 0; i < entryCount; i++) {
            entries.add(found.size() == entryCount ? found.get(i) : null);
        }
        return new DocumentFallbacks(channel, entries, atom && ATOM_03.equals(root.getNamespaceURI()));
    }

    /**
     * The feed's description, as plain text, where ROME found none: an Atom 0.3 {@code subtitle}, or an RSS
     * {@code description} written as XHTML elements.
     */
    @Nullable
    String feedDescription() {
        if (channel == null) {
            return null;
        }
        Element subtitle = atom03 ? channel.getChild("subtitle", channel.getNamespace()) : null;
        if (subtitle != null) {
            return FeedText.plain(atom03Value(subtitle), atom03Type(subtitle));
        }
        return FeedText.plain(markup(channel.getChild("description", channel.getNamespace())));
    }

    /**
     * An entry's summary (the RSS {@code description}, the Atom {@code summary}) from the document, as sanitised
     * HTML, where the markup in it is XML elements that ROME's value misses; null otherwise.
     */
    @Nullable
    String entrySummary(int index, @Nullable URI base) {
        Element entry = entries.get(index);
        if (entry == null) {
            return null;
        }
        return entry.getName().equals("item")
                ? FeedText.body(markup(entry.getChild("description", entry.getNamespace())), "html", base)
                : atomBody(entry.getChild("summary", entry.getNamespace()), base);
    }

    /**
     * An entry's publication time written in a form ROME does not read (no zone, a space for the {@code T}): its
     * {@code pubDate}, or its Atom {@code published} or {@code issued}; null when there is none or it is unreadable.
     */
    @Nullable
    Instant entryPublished(int index) {
        Element entry = entries.get(index);
        if (entry == null) {
            return null;
        }
        List<String> names = entry.getName().equals("item") ? List.of("pubDate") : List.of("published", "issued");
        for (String name : names) {
            Instant instant = DateParser.parse(entry.getChildText(name, entry.getNamespace()));
            if (instant != null) {
                return instant;
            }
        }
        return null;
    }

    /** Like {@link #entrySummary} for an Atom entry's {@code content}. */
    @Nullable
    String entryContent(int index, @Nullable URI base) {
        Element entry = entries.get(index);
        return entry == null || entry.getName().equals("item")
                ? null
                : atomBody(entry.getChild("content", entry.getNamespace()), base);
    }

    /**
     * An Atom construct that holds XML elements where ROME expects none: declared HTML (Atom 1.0 {@code type="html"})
     * is the text of all its elements, read as HTML; an Atom 0.3 construct without a type holds XHTML.
     */
    private @Nullable String atomBody(@Nullable Element construct, @Nullable URI base) {
        if (construct == null || construct.getChildren().isEmpty()) {
            return null;
        }
        String type = construct.getAttributeValue("type");
        if (atom03 && type == null && !"escaped".equals(construct.getAttributeValue("mode"))) {
            return FeedText.body(markup(construct), "html", base);
        }
        if ("html".equals(type) || "text/html".equals(type)) {
            return FeedText.body(construct.getValue(), "html", base);
        }
        return null;
    }

    /** The value of an Atom 0.3 construct by its mode: escaped text, base64 or (the default) inline XML. */
    private static @Nullable String atom03Value(Element construct) {
        String mode = construct.getAttributeValue("mode");
        if ("base64".equals(mode)) {
            return FeedText.base64Text(construct.getText(), "application/octet-stream");
        }
        return "escaped".equals(mode) || construct.getChildren().isEmpty() ? construct.getText() : markup(construct);
    }

    /** The type of an Atom 0.3 construct; inline XML elements make it markup whatever it says. */
    private static String atom03Type(Element construct) {
        String type = construct.getAttributeValue("type");
        if (!construct.getChildren().isEmpty() && !"escaped".equals(construct.getAttributeValue("mode"))) {
            return "html";
        }
        return type == null ? "text" : type;
    }

    /** The XML elements (and text around them) inside {@code element}, as markup; null when it holds no element. */
    private static @Nullable String markup(@Nullable Element element) {
        if (element == null || element.getChildren().isEmpty()) {
            return null;
        }
        return new XMLOutputter().outputElementContentString(element);
    }
}
