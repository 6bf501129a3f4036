package org.broadsheet.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decides how to decode an HTML body, in the order browsers use: byte order mark, the HTTP {@code Content-Type}
 * charset, a {@code <meta>} declaration near the start, then UTF-8.
 */
final class CharsetSniffer {
    /** How far into the body a {@code <meta charset>} is looked for; browsers use 1024 bytes, pages are sloppier. */
    private static final int META_SCAN_BYTES = 8192;

    private static final Pattern CONTENT_TYPE_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_TAG = Pattern.compile("<meta\\s[^>]{0,500}>", Pattern.CASE_INSENSITIVE);

    private CharsetSniffer() {}

    /** Returns the detected charset and how many leading bytes (a byte order mark) to skip. */
    static Detected detect(byte[] body, int length, @Nullable String contentType) {
        if (length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        if (length >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (contentType != null) {
            Charset fromHeader = charsetIn(contentType);
            if (fromHeader != null) {
                return new Detected(fromHeader, 0);
            }
        }
        String head = new String(body, 0, Math.min(length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_TAG.matcher(head);
        while (meta.find()) {
            Charset declared = charsetIn(meta.group());
            if (declared != null) {
                // A page that was decoded as ASCII cannot really be UTF-16 (HTML standard, "prescan").
                boolean utf16 = declared.name().startsWith("UTF-16");
                return new Detected(utf16 ? StandardCharsets.UTF_8 : declared, 0);
            }
        }
        return new Detected(StandardCharsets.UTF_8, 0);
    }

    private static @Nullable Charset charsetIn(String text) {
        Matcher m = CONTENT_TYPE_CHARSET.matcher(text);
        return m.find() ? forName(m.group(1)) : null;
    }

    private static @Nullable Charset forName(String name) {
        String label = name.toLowerCase(Locale.ROOT);
        // Browsers decode pages labelled Latin-1 or ASCII as windows-1252, and so do publishers' pages expect.
        if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii") || label.equals("ascii")) {
            label = "windows-1252";
        }
        try {
            return Charset.forName(label);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    record Detected(Charset charset, int skip) {}
}
