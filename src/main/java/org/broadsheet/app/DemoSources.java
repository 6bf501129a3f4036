package org.broadsheet.app;

import java.util.List;
import java.util.Optional;
import org.broadsheet.demo.DemoSource;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.NewSource;
import org.broadsheet.store.Source;
import org.broadsheet.store.SourceStore;

/**
 * Registers the demo outlets as sources. A demo source from an earlier run (same outlet name and feed path on a
 * loopback address) is kept with its articles, comments and ids, and only pointed at this run's demo server, whose
 * port may have changed; an outlet seen for the first time is added. Other sources are left alone.
 */
final class DemoSources {
    private final SourceStore sources;

    DemoSources(SourceStore sources) {
        this.sources = sources;
    }

    /** Makes every outlet a source pointing at this run's demo server, keeping what earlier runs stored. */
    void register(List<DemoSource> outlets) {
        List<Source> existing = sources.all();
        for (DemoSource outlet : outlets) {
            Optional<Source> earlier =
                    existing.stream().filter(s -> isSameOutlet(s, outlet)).findFirst();
            if (earlier.isPresent()) {
                Source source = earlier.get();
                if (!source.feedUrl().equals(outlet.feedUrl())) {
                    sources.moveFeed(source.id(), outlet.feedUrl());
                }
                sources.setHomepage(source.id(), outlet.homepage());
                continue;
            }
            sources.add(NewSource.of(outlet.name(), outlet.feedUrl())
                    .withHomepage(outlet.homepage())
                    .withCountry(outlet.country())
                    .withLanguage(outlet.language())
                    .withDisplay(DisplayPolicy.parse(outlet.display())));
        }
    }

    private static boolean isSameOutlet(Source source, DemoSource outlet) {
        return "127.0.0.1".equals(source.feedUrl().getHost())
                && outlet.name().equals(source.name())
                && outlet.feedUrl().getPath().equals(source.feedUrl().getPath());
    }
}
