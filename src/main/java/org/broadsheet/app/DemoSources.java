package org.broadsheet.app;

import java.util.List;
import org.broadsheet.demo.DemoSource;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.NewSource;
import org.broadsheet.store.Source;
import org.broadsheet.store.SourceStore;

/**
 * Registers the demo outlets as sources. The demo server's timestamps are relative to its start and its port changes
 * between runs, so each {@code --demo} start replaces the previous run's demo sources (and their articles); other
 * sources are left alone.
 */
final class DemoSources {
    private final SourceStore sources;

    DemoSources(SourceStore sources) {
        this.sources = sources;
    }

    void reset(List<DemoSource> outlets) {
        for (Source existing : sources.all()) {
            if (isDemo(existing, outlets)) {
                sources.remove(existing.id());
            }
        }
        for (DemoSource outlet : outlets) {
            sources.add(NewSource.of(outlet.name(), outlet.feedUrl())
                    .withHomepage(outlet.homepage())
                    .withCountry(outlet.country())
                    .withLanguage(outlet.language())
                    .withDisplay(DisplayPolicy.parse(outlet.display())));
        }
    }

    private static boolean isDemo(Source source, List<DemoSource> outlets) {
        String host = source.feedUrl().getHost();
        if (!"127.0.0.1".equals(host)) {
            return false;
        }
        return outlets.stream()
                .anyMatch(o -> o.name().equals(source.name())
                        && o.feedUrl().getPath().equals(source.feedUrl().getPath()));
    }
}
