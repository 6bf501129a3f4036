package org.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.Source;
import org.broadsheet.store.SourceHealth;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing sources as OPML and reading them back; reading hostile and broken documents. */
class OpmlTest {
    private static final Instant NOW = Instant.parse("2026-11-28T04:30:00Z");

    @TempDir
    Path dir;

    static Source source(
            long id,
            String name,
            String feedUrl,
            @Nullable String homepage,
            @Nullable String language,
            @Nullable String category) {
        return new Source(
                id,
                name,
                homepage == null ? null : URI.create(homepage),
                URI.create(feedUrl),
                null,
                language,
                DisplayPolicy.FULL,
                Duration.ofMinutes(15),
                false,
                null,
                null,
                new SourceHealth(null, null, 0, null, null, null, null),
                NOW,
                category);
    }

    @Test
    void exportThenImportKeepsNameFeedHomepageLanguageAndCategory() throws OpmlException {
        List<Source> sources = List.of(
                source(
                        1,
                        "Le Monde \"International\"",
                        "https://lemonde.example/rss?a=1&b=2",
                        "https://lemonde.example/",
                        "fr",
                        "World/Europe"),
                source(2, "Wire <&> Cable", "https://wire.example/feed", null, null, "World"),
                source(3, "Model Notes", "https://modelnotes.example/atom.xml", null, "en", "Tech/AI"),
                source(
                        4,
                        "Unfiled\ttab\nline",
                        "http://unfiled.example/feed.xml",
                        "http://unfiled.example/",
                        null,
                        null));

        List<OpmlOutline> read = Opml.read(Opml.write(sources, NOW).getBytes(StandardCharsets.UTF_8));

        assertThat(read)
                .containsExactlyInAnyOrder(
                        new OpmlOutline(
                                "Le Monde \"International\"",
                                "https://lemonde.example/rss?a=1&b=2",
                                "https://lemonde.example/",
                                "fr",
                                "World/Europe"),
                        new OpmlOutline("Wire <&> Cable", "https://wire.example/feed", null, null, "World"),
                        new OpmlOutline("Model Notes", "https://modelnotes.example/atom.xml", null, "en", "Tech/AI"),
                        new OpmlOutline(
                                "Unfiled\ttab\nline",
                                "http://unfiled.example/feed.xml",
                                "http://unfiled.example/",
                                null,
                                null));
    }

    @Test
    void writesOpml2WithHeadAndOneFolderPerCategoryName() {
        String opml = Opml.write(
                List.of(
                        source(1, "Alpha", "https://a.example/feed", null, null, "World/Europe"),
                        source(2, "Beta", "https://b.example/feed", null, null, "World"),
                        source(3, "Gamma", "https://c.example/feed", null, null, "world/Asia"),
                        source(4, "Delta", "https://d.example/feed", null, null, null)),
                NOW);

        assertThat(opml)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">")
                .contains("<title>Broadsheet sources</title>")
                .contains("<dateCreated>Sat, 28 Nov 2026 04:30:00 GMT</dateCreated>");
        // One "World" folder holding "Europe" and Beta; "world" differs in case and stays a folder of its own.
        assertThat(opml.split("text=\"World\"", -1)).hasSize(2);
        assertThat(opml.split("text=\"Europe\"", -1)).hasSize(2);
        assertThat(opml).contains("""
                    <outline text="World" title="World">
                      <outline text="Europe" title="Europe">
                        <outline text="Alpha" title="Alpha" type="rss" xmlUrl="https://a.example/feed"/>
                      </outline>
                      <outline text="Beta" title="Beta" type="rss" xmlUrl="https://b.example/feed"/>
                    </outline>
                    <outline text="world" title="world">
                      <outline text="Asia" title="Asia">
                """);
    }

    @Test
    void escapesMarkupAndDropsCharactersXmlCannotHold() {
        String opml = Opml.write(
                List.of(source(1, "A & B <\"C\"> \u0001end", "https://a.example/?x=1&y=2", null, null, null)), NOW);

        assertThat(opml)
                .contains("text=\"A &amp; B &lt;&quot;C&quot;&gt; end\"")
                .contains("xmlUrl=\"https://a.example/?x=1&amp;y=2\"")
                .doesNotContain("\u0001");
    }

    @Test
    void keepsLineBreaksAndTabsInAttributesAsCharacterReferences() {
        String opml = Opml.write(
                List.of(source(1, "Line\nbreak\tand \ud800'quote'", "https://a.example/feed", null, null, null)), NOW);

        assertThat(opml).contains("text=\"Line&#10;break&#9;and &#x27;quote&#x27;\"");
    }

    @Test
    void externalEntitiesAreNeverRead() throws IOException, OpmlException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        String template = Files.readString(Path.of("src/test/resources/feed/opml/xxe.opml"));
        byte[] hostile =
                template.replace("SECRET_FILE", secret.toUri().toString()).getBytes(StandardCharsets.UTF_8);

        List<OpmlOutline> read = Opml.read(hostile);

        assertThat(read).hasSize(1);
        assertThat(read.toString()).doesNotContain("TOP-SECRET-MARKER");
        assertThat(read.get(0).xmlUrl()).startsWith("https://leak.example/feed");
    }

    @Test
    void refusesWhatIsNotOpmlWithItsCode() {
        for (String body : List.of(
                "",
                "   ",
                "{\"version\": \"https://jsonfeed.org/version/1.1\"}",
                "<html><body><outline xmlUrl=\"https://x.example/\"/></body></html>")) {
            assertThatThrownBy(() -> Opml.read(body.getBytes(StandardCharsets.UTF_8)))
                    .as(body)
                    .isInstanceOfSatisfying(
                            OpmlException.class, e -> assertThat(e.code()).isEqualTo(OpmlException.NOT_OPML));
        }
    }

    @Test
    void anEmptyListIsOpmlWithNoFeeds() throws OpmlException {
        String opml = Opml.write(List.of(), NOW);

        assertThat(Opml.read(opml.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() throws OpmlException {
        int depth = 20_000;
        String doc = "<opml><body>" + "<outline text=\"f\">".repeat(depth)
                + "<outline xmlUrl=\"https://deep.example/feed\"/>" + "</outline>".repeat(depth) + "</body></opml>";

        List<OpmlOutline> read = Opml.read(doc.getBytes(StandardCharsets.UTF_8));

        assertThat(read).singleElement().satisfies(o -> assertThat(o.xmlUrl()).isEqualTo("https://deep.example/feed"));
    }
}
