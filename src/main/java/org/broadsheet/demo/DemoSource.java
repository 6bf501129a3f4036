package org.broadsheet.demo;

import java.net.URI;
import java.util.Objects;

/**
 * One demo outlet as a source to register: its feed and homepage are absolute URIs on a running {@link DemoServer}.
 *
 * @param country ISO 3166-1 alpha-2 code, such as "GB"
 * @param language ISO 639-1 code, such as "en"
 * @param display "full" or "excerpt": how much of an article the site may show
 */
public record DemoSource(
        String name, String slug, URI homepage, URI feedUrl, String country, String language, String display) {

    public DemoSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(homepage, "homepage");
        Objects.requireNonNull(feedUrl, "feedUrl");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(language, "language");
        if (!display.equals("full") && !display.equals("excerpt")) {
            throw new IllegalArgumentException("display must be 'full' or 'excerpt', not '" + display + "'");
        }
    }
}
