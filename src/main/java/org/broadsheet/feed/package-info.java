/** Feed parsing: RSS, RDF, Atom and JSON Feed documents into one model of a feed and its entries; OPML lists. */
@NullMarked
package org.broadsheet.feed;

import org.jspecify.annotations.NullMarked;
