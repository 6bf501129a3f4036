package org.broadsheet.sanitize;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jspecify.annotations.Nullable;

/**
 * Makes attribute values absolute against one base exactly as jsoup's {@code absUrl} does ({@code
 * StringUtil.resolve(base, value)}), cheaper: the base is parsed once, each value is resolved once, and the common
 * value (no control characters, no leading dot segments) skips the two regular expressions jsoup runs on every value.
 */
final class UrlResolution implements UnaryOperator<String> {
    /** jsoup's pattern for dot segments left at the start of a resolved path. */
    private static final Pattern EXTRA_DOT_SEGMENTS = Pattern.compile("^/(?>(?>\\.\\.?/)+)");

    private final String base;
    private final @Nullable URL baseUrl;
    private final Map<String, String> resolved = new HashMap<>();

    UrlResolution(String base) {
        this.base = base;
        this.baseUrl = parsedBase(base);
    }

    /** The absolute form of {@code value}, or empty when it has none (as {@code absUrl} gives). */
    @Override
    public String apply(String value) {
        return resolved.computeIfAbsent(value, this::resolve);
    }

    private String resolve(String value) {
        if (baseUrl != null) {
            try {
                return against(baseUrl, value).toExternalForm();
            } catch (MalformedURLException e) {
                // Not resolvable against the base: the full method tries the value on its own.
            }
        }
        return StringUtil.resolve(base, value);
    }

    /**
     * {@code StringUtil.resolve(base, value)}: the same steps, with the control-character pass and the dot-segment
     * pattern run only where they can change something.
     */
    static URL against(URL base, String value) throws MalformedURLException {
        if (hasControlCharacters(value)) {
            return StringUtil.resolve(base, value);
        }
        String relative = value.startsWith("?") ? base.getPath() + value : value;
        URL url = new URL(base, relative);
        String file = url.getFile();
        if (file.startsWith("/.")) {
            file = EXTRA_DOT_SEGMENTS.matcher(file).replaceFirst("/");
        }
        if (url.getRef() != null) {
            file = file + "#" + url.getRef();
        }
        URL result = new URL(url.getProtocol(), url.getHost(), url.getPort(), file);
        if (StringUtil.isHttpScheme(result.getProtocol()) && result.getHost().isEmpty()) {
            throw new MalformedURLException("Invalid URL: host is missing");
        }
        return result;
    }

    private static boolean hasControlCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 0x20) {
                return true;
            }
        }
        return false;
    }

    /** The base as {@code StringUtil.resolve} parses it, or null when it has control characters or is no URL. */
    private static @Nullable URL parsedBase(String base) {
        if (hasControlCharacters(base)) {
            return null;
        }
        try {
            return new URL(base);
        } catch (MalformedURLException e) {
            return null;
        }
    }
}
