package org.broadsheet.extract.peers;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.document.TextDocument;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.sax.BoilerpipeHTMLContentHandler;
import java.net.URI;
import java.util.Locale;
import org.broadsheet.extract.ExtractorUnderTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * boilerpipe's {@code ArticleExtractor} for {@code bench extract}. boilerpipe parses with nekohtml on an old Xerces,
 * which would replace the JDK's XML parser for every test; this adapter feeds boilerpipe's SAX handler from jsoup's
 * parse instead, with upper-case element names as nekohtml reports them, so the page parse is jsoup's.
 */
public final class BoilerpipeUnderTest implements ExtractorUnderTest {
    /** Created by {@link java.util.ServiceLoader}. */
    public BoilerpipeUnderTest() {}

    @Override
    public String name() {
        return "boilerpipe";
    }

    @Override
    public String text(String html, URI url) {
        BoilerpipeHTMLContentHandler handler = new BoilerpipeHTMLContentHandler();
        try {
            handler.startDocument();
            NodeTraversor.traverse(new SaxEvents(handler), Jsoup.parse(html, url.toString()));
            handler.endDocument();
            TextDocument doc = handler.toTextDocument();
            ArticleExtractor.INSTANCE.process(doc);
            return doc.getContent();
        } catch (SAXException | BoilerpipeProcessingException e) {
            throw new IllegalStateException("boilerpipe failed: " + e.getMessage(), e);
        }
    }

    /** Replays a jsoup tree as the SAX events nekohtml would send: elements, their attributes and text. */
    private record SaxEvents(BoilerpipeHTMLContentHandler handler) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            try {
                if (node instanceof Element e && !(node instanceof org.jsoup.nodes.Document)) {
                    AttributesImpl attributes = new AttributesImpl();
                    for (Attribute a : e.attributes()) {
                        attributes.addAttribute("", a.getKey(), a.getKey(), "CDATA", a.getValue());
                    }
                    String name = e.normalName().toUpperCase(Locale.ROOT);
                    handler.startElement("", name, name, attributes);
                } else if (node instanceof TextNode t) {
                    char[] chars = t.getWholeText().toCharArray();
                    handler.characters(chars, 0, chars.length);
                }
            } catch (SAXException ex) {
                throw new IllegalStateException(ex);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && !(node instanceof org.jsoup.nodes.Document)) {
                String name = e.normalName().toUpperCase(Locale.ROOT);
                try {
                    handler.endElement("", name, name);
                } catch (SAXException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
    }
}
