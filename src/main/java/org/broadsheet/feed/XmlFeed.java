package org.broadsheet.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import org.jdom2.Document;

/**
 * An RSS, RDF or Atom document as ROME reads it, with the XML it was read from, for what ROME's model leaves out.
 *
 * @param feed ROME's model, with the wire feed preserved
 * @param document the parsed XML
 */
record XmlFeed(SyndFeed feed, Document document) {}
