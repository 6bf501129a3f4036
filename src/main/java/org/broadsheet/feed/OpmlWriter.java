package org.broadsheet.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.store.Source;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/** Writes sources as an OPML 2.0 document, one nested folder outline per name of their category paths. */
final class OpmlWriter {
    /** jsoup's XML escaping: markup characters as entities, characters XML 1.0 cannot hold dropped. */
    private static final Document.OutputSettings XML = new Document.OutputSettings()
            .syntax(Document.OutputSettings.Syntax.xml)
            .charset("UTF-8");
    /** Folders sorted as a reader expects, case aside, with exact order breaking ties so that no two merge. */
    private static final Comparator<String> FOLDER_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private OpmlWriter() {}

    static String write(List<Source> sources, Instant now) {
        Folder top = new Folder();
        for (Source source : sources) {
            Folder folder = top;
            if (source.category() != null) {
                for (String name : source.category().split("/")) {
                    if (!name.isBlank()) {
                        folder = folder.subfolders.computeIfAbsent(name.strip(), n -> new Folder());
                    }
                }
            }
            folder.sources.add(source);
        }
        StringBuilder out = new StringBuilder(256 + 256 * sources.size());
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<opml version=\"2.0\">\n")
                .append("  <head>\n")
                .append("    <title>Broadsheet sources</title>\n")
                .append("    <dateCreated>")
                .append(Opml.rfc822(now))
                .append("</dateCreated>\n")
                .append("  </head>\n")
                .append("  <body>\n");
        writeFolder(out, top, 2);
        out.append("  </body>\n").append("</opml>\n");
        return out.toString();
    }

    private static void writeFolder(StringBuilder out, Folder folder, int depth) {
        for (Map.Entry<String, Folder> sub : folder.subfolders.entrySet()) {
            indent(out, depth).append("<outline");
            attribute(out, "text", sub.getKey());
            attribute(out, "title", sub.getKey());
            out.append(">\n");
            writeFolder(out, sub.getValue(), depth + 1);
            indent(out, depth).append("</outline>\n");
        }
        for (Source source : folder.sources) {
            indent(out, depth).append("<outline");
            attribute(out, "text", source.name());
            attribute(out, "title", source.name());
            attribute(out, "type", "rss");
            attribute(out, "xmlUrl", source.feedUrl().toString());
            attribute(
                    out,
                    "htmlUrl",
                    source.homepage() == null ? null : source.homepage().toString());
            attribute(out, "language", source.language());
            out.append("/>\n");
        }
    }

    private static StringBuilder indent(StringBuilder out, int depth) {
        return out.repeat("  ", depth);
    }

    private static void attribute(StringBuilder out, String name, @Nullable String value) {
        if (value == null) {
            return;
        }
        out.append(' ').append(name).append("=\"");
        escape(out, value);
        out.append('"');
    }

    /**
     * Escapes an attribute value: markup characters as entities and characters XML 1.0 cannot hold dropped (jsoup's
     * XML escaping), then line breaks and tabs as character references, which a parser would otherwise read as spaces.
     */
    static void escape(StringBuilder out, String value) {
        out.append(Entities.escape(value, XML)
                .replace("\n", "&#10;")
                .replace("\r", "&#13;")
                .replace("\t", "&#9;"));
    }

    /** One folder: the sources directly in it and its subfolders by name. */
    private static final class Folder {
        final Map<String, Folder> subfolders = new TreeMap<>(FOLDER_ORDER);
        final List<Source> sources = new ArrayList<>();
    }
}
