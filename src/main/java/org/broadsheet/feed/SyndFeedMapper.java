package org.broadsheet.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.impl.DateParser;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdom2.Element;
import org.jdom2.output.XMLOutputter;
import org.jspecify.annotations.Nullable;

/** Maps ROME's model of an RSS, RDF or Atom feed to {@link ParsedFeed}, cleaning text and resolving links. */
final class SyndFeedMapper {
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    /** The podcast namespace, which feeds spell in more than one case. */
    private static final Set<String> ITUNES = Set.of("http://www.itunes.com/dtds/podcast-1.0.dtd");

    private static final Set<String> DCTERMS = Set.of("http://purl.org/dc/terms/");

    private SyndFeedMapper() {}

    static ParsedFeed map(XmlFeed xml, @Nullable URI documentUrl, List<String> warnings) {
        SyndFeed feed = xml.feed();
        WireFeed wire = feed.originalWireFeed();
        DocumentFallbacks document =
                DocumentFallbacks.of(xml.document(), feed.getEntries().size());
        URI base = documentUrl;
        Date updated = feed.getPublishedDate();
        if (wire instanceof Feed atom) {
            base = Links.rebase(base, atom.getXmlBase());
        } else if (wire instanceof Channel channel && channel.getLastBuildDate() != null) {
            updated = channel.getLastBuildDate();
        }
        if (base == null) {
            // Without the document's URL, the site's own link is the best base there is.
            URI siteLink = Links.resolve(null, feed.getLink());
            base = siteLink != null && siteLink.isAbsolute() ? siteLink : null;
        }
        List<Element> feedForeign = new ArrayList<>(feed.getForeignMarkup());
        if (wire instanceof Channel channel && feedForeign.isEmpty()) {
            feedForeign.addAll(channel.getForeignMarkup());
        }
        // Dublin Core stands in for the core elements a channel lacks, as it does in RSS 1.0 feeds; then the
        // podcast (iTunes) summary and subtitle, and DCMI terms for the date.
        DCModule dc = feed.getModule(DCModule.URI) instanceof DCModule m ? m : null;
        String description =
                orElse(plain(feed.getDescriptionEx()), FeedText.plain(dc == null ? null : dc.getDescription()));
        description = orElse(description, FeedText.plain(foreignText(feedForeign, ITUNES, "summary")));
        description = orElse(description, FeedText.plain(foreignText(feedForeign, ITUNES, "subtitle")));
        description = orElse(description, document.feedDescription());
        Instant feedUpdated = instant(updated);
        if (feedUpdated == null) {
            feedUpdated = foreignDate(feedForeign, "modified");
        }
        FeedInfo info = new FeedInfo(
                orElse(plain(feed.getTitleEx()), FeedText.plain(dc == null ? null : dc.getTitle())),
                Links.absoluteHttp(base, feed.getLink()),
                description,
                blankToNull(orElse(feed.getLanguage(), dc == null ? null : dc.getLanguage(), channelLanguage(wire))),
                feedUpdated);
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            entries.add(entry(entry, base, document, entries.size()));
        }
        return new ParsedFeed(feed.getFeedType(), info, entries, warnings, xml.truncated());
    }

    /**
     * An RSS channel's {@code dc:language}: ROME's feed model keeps its language in its own Dublin Core module and
     * overwrites it with the channel's (missing) {@code <language>}.
     */
    private static @Nullable String channelLanguage(WireFeed wire) {
        return wire instanceof Channel channel && channel.getModule(DCModule.URI) instanceof DCModule dc
                ? dc.getLanguage()
                : null;
    }

    private static FeedEntry entry(SyndEntry entry, @Nullable URI feedBase, DocumentFallbacks document, int index) {
        URI base = feedBase;
        List<Element> foreign = new ArrayList<>(entry.getForeignMarkup());
        if (entry.getWireEntry() instanceof Entry atom) {
            base = Links.rebase(feedBase, atom.getXmlBase());
        } else if (entry.getWireEntry() instanceof Item item && foreign.isEmpty()) {
            foreign.addAll(item.getForeignMarkup());
        }
        DCModule dc = entry.getModule(DCModule.URI) instanceof DCModule m ? m : null;
        String title = orElse(plain(entry.getTitleEx()), FeedText.plain(dc == null ? null : dc.getTitle()));
        title = orElse(title, FeedText.plain(MediaRss.title(foreign)));
        String link = Links.absoluteHttp(base, entry.getLink());
        Instant published = instant(entry.getPublishedDate());
        Instant updated = instant(entry.getUpdatedDate());
        if (entry.getWireEntry() instanceof Entry atom && atom.getModified() != null) {
            // Atom 0.3: ROME reports <modified> as the publication date (kept when there is no <issued>, the real
            // one) and no update date.
            published = orElse(instant(atom.getIssued()), published);
            updated = instant(atom.getModified());
        }
        if (published == null) {
            published = document.entryPublished(index);
        }
        if (entry.getWireEntry() instanceof Item item) {
            // DCMI terms, which ROME leaves aside; dc:date (ROME's publication date) is also the last known update.
            if (published == null) {
                published = orElse(foreignDate(foreign, "issued"), foreignDate(foreign, "created"));
            }
            if (updated == null) {
                updated = foreignDate(foreign, "modified");
            }
            if (updated == null && item.getPubDate() == null && dc != null && dc.getDate() != null) {
                updated = instant(dc.getDate());
            }
        }
        // An RSS description has no declared type: ROME calls RSS 0.91's text/plain, but feeds of every RSS version
        // carry escaped HTML there.
        String summary = entry.getDescription() != null
                ? FeedText.body(
                        entry.getDescription().getValue(),
                        entry.getWireEntry() instanceof Item
                                ? "html"
                                : entry.getDescription().getType(),
                        base)
                : dc != null ? FeedText.body(dc.getDescription(), "html", base) : null;
        // Markup written as XML elements, of which ROME kept only the text around them.
        summary = orElse(document.entrySummary(index, base), summary);
        if (summary == null) {
            summary = FeedText.body(foreignText(foreign, ITUNES, "summary"), "text", base);
        }
        if (summary == null) {
            summary = FeedText.body(foreignText(foreign, ITUNES, "subtitle"), "text", base);
        }
        // Without a guid ROME uses the raw, possibly relative link as the id: prefer the resolved one.
        boolean rssWithoutGuid = entry.getWireEntry() instanceof Item item && item.getGuid() == null;
        String id = rssWithoutGuid ? null : blankToNull(entry.getUri());
        if (id == null && entry.getWireEntry() instanceof Item item && item.getUri() != null) {
            // RSS 1.0 (RDF): the item's rdf:about, resolved, names it.
            id = Links.absoluteHttp(base, item.getUri());
        }
        if (id == null) {
            id = link != null ? link : FeedText.hashId(title, published, summary);
        }
        return new FeedEntry(
                id.strip(),
                title,
                link,
                published,
                updated,
                orElse(author(entry), FeedText.plain(foreignText(foreign, ITUNES, "author"))),
                summary,
                orElse(document.entryContent(index, base), content(entry, foreign, base)),
                categories(entry),
                enclosures(entry, foreign, base));
    }

    private static @Nullable String orElse(@Nullable String value, @Nullable String fallback, @Nullable String last) {
        return orElse(orElse(value, fallback), last);
    }

    /** The plain text of a title or subtitle, decoding base64 where its type calls for it. */
    private static @Nullable String plain(@Nullable SyndContent content) {
        return content == null ? null : FeedText.plain(content.getValue(), content.getType());
    }

    private static @Nullable String author(SyndEntry entry) {
        String author = FeedText.personName(entry.getAuthor());
        if (author == null) {
            for (SyndPerson person : entry.getAuthors()) {
                author = FeedText.plain(person.getName() != null ? person.getName() : person.getEmail());
                if (author != null) {
                    break;
                }
            }
        }
        return author;
    }

    private static @Nullable String content(SyndEntry entry, List<Element> foreign, @Nullable URI base) {
        for (SyndContent content : entry.getContents()) {
            String html = FeedText.body(content.getValue(), content.getType(), base);
            if (html != null) {
                return html;
            }
        }
        // Older RSS carries the full text as an XHTML <body> or an escaped <fullitem>, which ROME leaves aside.
        for (Element element : foreign) {
            String html = switch (element.getName()) {
                case "body" ->
                    XHTML_NS.equals(element.getNamespaceURI())
                            ? FeedText.body(new XMLOutputter().outputElementContentString(element), "html", base)
                            : null;
                case "fullitem" -> FeedText.body(element.getText(), "html", base);
                default -> null;
            };
            if (html != null) {
                return html;
            }
        }
        return null;
    }

    private static List<String> categories(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndCategory category : entry.getCategories()) {
            String name = FeedText.plain(category.getName());
            if (name != null) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    private static List<Enclosure> enclosures(SyndEntry entry, List<Element> foreign, @Nullable URI base) {
        Map<String, Enclosure> byUrl = new LinkedHashMap<>();
        for (SyndEnclosure enclosure : entry.getEnclosures()) {
            String url = Links.absoluteHttp(base, enclosure.getUrl());
            if (url != null) {
                long length = enclosure.getLength();
                byUrl.putIfAbsent(
                        url, new Enclosure(url, blankToNull(enclosure.getType()), length > 0 ? length : null));
            }
        }
        for (Enclosure media : MediaRss.enclosures(foreign, base)) {
            byUrl.putIfAbsent(media.url(), media);
        }
        return List.copyOf(byUrl.values());
    }

    /** The text of the first foreign element named {@code name} in one of {@code namespaces}; null if none. */
    private static @Nullable String foreignText(List<Element> foreign, Set<String> namespaces, String name) {
        for (Element element : foreign) {
            if (element.getName().equals(name)
                    && namespaces.contains(element.getNamespaceURI().toLowerCase(Locale.ROOT))) {
                String text = blankToNull(element.getText());
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** A DCMI terms date ({@code dcterms:modified}, say), read as W3C-DTF or RFC 822; null if absent or unreadable. */
    private static @Nullable Instant foreignDate(List<Element> foreign, String name) {
        String text = foreignText(foreign, DCTERMS, name);
        return text == null ? null : instant(DateParser.parseDate(text, Locale.US));
    }

    static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }

    private static <T> @Nullable T orElse(@Nullable T value, @Nullable T fallback) {
        return value != null ? value : fallback;
    }

    private static @Nullable String orElse(@Nullable String value, @Nullable String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
