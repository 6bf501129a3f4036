package org.broadsheet.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.store.Source;
import org.jspecify.annotations.Nullable;

/** Writes sources as an OPML 2.0 document, one nested folder outline per name of their category paths. */
final class OpmlWriter {
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
     * Escapes an attribute value: markup characters as entities, line breaks and tabs as character references (a
     * parser would otherwise read them as spaces), and characters XML 1.0 cannot hold dropped.
     */
    static void escape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> {
                    if (isXmlChar(value, i)) {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** Whether the char at {@code i} may appear in XML 1.0; a surrogate only as half of a pair. */
    private static boolean isXmlChar(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
        }
        return c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
    }

    /** One folder: the sources directly in it and its subfolders by name. */
    private static final class Folder {
        final Map<String, Folder> subfolders = new TreeMap<>(FOLDER_ORDER);
        final List<Source> sources = new ArrayList<>();
    }
}
