package org.broadsheet.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.broadsheet.sanitize.HtmlSanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/** Turns the text found in feeds into what entries hold: plain text for names, sanitised HTML for bodies. */
final class FeedText {
    private FeedText() {}

    /** Strips tags, decodes entities and collapses whitespace; null for blank input. */
    static @Nullable String plain(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.indexOf('<') < 0 && text.indexOf('&') < 0
                ? text.strip().replaceAll("\\s+", " ")
                : Jsoup.parseBodyFragment(text).text().strip();
        return plain.isEmpty() ? null : plain;
    }

    /**
     * Sanitises a body according to its declared type: plain text ({@code text}, {@code text/plain}) becomes escaped
     * paragraphs, HTML and XHTML are sanitised, anything else (base64 media, say) is dropped.
     */
    static @Nullable String body(@Nullable String value, @Nullable String type, @Nullable URI base) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String kind = type == null ? "html" : type.strip().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "text", "text/plain", "plain" -> textToHtml(value);
            case "html", "text/html", "xhtml", "application/xhtml+xml", "" -> html(value, base);
            default -> null;
        };
    }

    /** Sanitises HTML; null when nothing is left. */
    static @Nullable String html(@Nullable String html, @Nullable URI base) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String safe = HtmlSanitizer.sanitize(html, base);
        return safe.isBlank() ? null : safe;
    }

    /** Escapes plain text into HTML paragraphs: blank lines separate paragraphs, single newlines become breaks. */
    static @Nullable String textToHtml(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            String escaped = Entities.escape(paragraph.strip()).replaceAll("\\s*\\R\\s*", "<br>");
            html.append("<p>").append(escaped).append("</p>");
        }
        return html.toString();
    }

    /** A stable id for an entry that has neither id nor link. */
    static String hashId(@Nullable String title, @Nullable Instant published, @Nullable String fallback) {
        String key = (title == null ? "" : title) + "\n" + (published == null ? "" : published) + "\n"
                + (title == null && fallback != null ? fallback : "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
