package org.broadsheet.extract.peers;

import java.net.URI;
import net.dankito.readability4j.Readability4J;
import org.broadsheet.extract.ExtractorUnderTest;

/** Readability4J (a Kotlin port of Mozilla's Readability.js) for {@code bench extract}: its article's text. */
public final class Readability4JUnderTest implements ExtractorUnderTest {
    /** Created by {@link java.util.ServiceLoader}. */
    public Readability4JUnderTest() {}

    @Override
    public String name() {
        return "Readability4J";
    }

    @Override
    public String text(String html, URI url) {
        String text = new Readability4J(url.toString(), html).parse().getTextContent();
        return text == null ? "" : text;
    }
}
