package org.broadsheet.feed;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.sanitize.HtmlSanitizer;
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
                : HtmlSanitizer.text(text);
        return plain.isEmpty() ? null : plain;
    }

    private static final Pattern EMAIL_THEN_NAME = Pattern.compile("([^\\s()<>]+@[^\\s()<>]+)\\s*\\((.+)\\)");
    private static final Pattern NAME_THEN_EMAIL =
            Pattern.compile("(.+?)\\s*[(<]\\s*(?:mailto:)?[^\\s()<>]+@[^\\s()<>]+\\s*[)>]");

    /**
     * A person's name from the RSS forms {@code email (Name)}, {@code Name (email)} and {@code Name <email>}; other
     * text (a bare name, or a bare address when that is all there is) as plain text.
     */
    static @Nullable String personName(@Nullable String person) {
        if (person == null || person.isBlank()) {
            return null;
        }
        String text = person.strip();
        Matcher emailThenName = EMAIL_THEN_NAME.matcher(text);
        if (emailThenName.matches()) {
            String name = plain(emailThenName.group(2));
            if (name != null) {
                return name;
            }
        }
        Matcher nameThenEmail = NAME_THEN_EMAIL.matcher(text);
        if (nameThenEmail.matches()) {
            String name = plain(nameThenEmail.group(1));
            if (name != null) {
                return name;
            }
        }
        return plain(text);
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
            default -> html(base64Text(value, kind), base);
        };
    }

    /**
     * Plain text of a title or subtitle according to its declared type: declared text is taken as it is, HTML is read
     * for its visible text, and an Atom 1.0 construct with a media type that is not text carries base64, decoded here
     * when it is UTF-8 text.
     */
    static @Nullable String plain(@Nullable String value, @Nullable String type) {
        String kind = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        if (isBase64Type(kind)) {
            return plain(base64Text(value, kind));
        }
        if ((kind.equals("text") || kind.equals("text/plain")) && value != null && !value.isBlank()) {
            // Declared text: a '<' in it is a character, not a tag.
            return value.strip().replaceAll("\\s+", " ");
        }
        return plain(value);
    }

    /** Whether RFC 4287 says a construct of this type holds base64: a media type that is neither text nor XML. */
    private static boolean isBase64Type(String kind) {
        return kind.indexOf('/') > 0
                && !kind.startsWith("text/")
                && !kind.endsWith("+xml")
                && !kind.endsWith("/xml")
                && !kind.endsWith("/xml-external-parsed-entity");
    }

    /** Decodes base64 that encodes UTF-8 text (no control characters but whitespace); null otherwise. */
    static @Nullable String base64Text(@Nullable String value, String kind) {
        if (value == null || !isBase64Type(kind)) {
            return null;
        }
        String compact = value.replaceAll("\\s+", "");
        if (compact.isEmpty() || !compact.matches("[A-Za-z0-9+/]+={0,2}")) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(compact);
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r') ? null : text;
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
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
