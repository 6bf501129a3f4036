package org.broadsheet.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import org.jdom2.Document;

/**
 * An RSS, RDF or Atom document as ROME reads it, with the XML it was read from, for what ROME's model leaves out.
 *
 * @param feed ROME's model, with the wire feed preserved
 * @param document the parsed XML
 * @param truncated whether the document was cut off and read only up to its last complete entry
 */
record XmlFeed(SyndFeed feed, Document document, boolean truncated) {

    XmlFeed asTruncated() {
        return new XmlFeed(feed, document, true);
    }
}
