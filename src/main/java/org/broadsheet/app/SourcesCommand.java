package org.broadsheet.app;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.broadsheet.feed.DiscoveredFeed;
import org.broadsheet.feed.FeedDiscovery;
import org.broadsheet.feed.FeedDiscoveryException;
import org.broadsheet.fetch.FetchSettings;
import org.broadsheet.fetch.HttpFetcher;
import org.broadsheet.store.Database;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.DuplicateSourceException;
import org.broadsheet.store.NewSource;
import org.broadsheet.store.Source;
import org.broadsheet.web.SourceFields;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code broadsheet sources add|list|remove|set-rule|import|export}: manage the feeds Broadsheet polls. */
@Command(
        name = "sources",
        mixinStandardHelpOptions = true,
        description = "Adds, lists, removes, imports and exports sources.",
        subcommands = {
            SourcesCommand.Add.class,
            SourcesCommand.ListSources.class,
            SourcesCommand.Remove.class,
            SourcesSetRuleCommand.class,
            SourcesImportCommand.class,
            SourcesExportCommand.class
        })
final class SourcesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Adds a feed as a source; given a site's address, finds its feed.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StorageOptions storage = new StorageOptions();

        @Parameters(paramLabel = "URL", description = "The feed's URL, or the site's (http or https).")
        String url = "";

        @Option(names = "--name", description = "Display name (default: the feed's title).")
        @Nullable
        String name;

        @Option(names = "--country", paramLabel = "CC", description = "ISO 3166 country code, e.g. GB.")
        @Nullable
        String country;

        @Option(names = "--language", paramLabel = "LANG", description = "ISO 639-1 language code, e.g. en.")
        @Nullable
        String language;

        @Option(
                names = "--display",
                defaultValue = "full",
                description =
                        "full (show articles in full) or excerpt (excerpt and a link). Default: ${DEFAULT-VALUE}.")
        String display = "full";

        @Option(
                names = "--interval",
                defaultValue = "15m",
                description = "Poll interval, e.g. 15m, 1h (default ${DEFAULT-VALUE}).")
        String interval = "15m";

        @Option(
                names = "--allow-private-addresses",
                description = "Allow fetching from loopback and private networks while looking for the feed.")
        boolean allowPrivate;

        @Option(
                names = "--force",
                description = "Add the address as given even when it cannot be fetched or holds no feed now; the"
                        + " ingester keeps trying it and shows the reason with the source.")
        boolean force;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Optional<String> urlProblem = SourceFields.feedUrlProblem(url);
            if (urlProblem.isPresent()) {
                // The reason, not the whole usage text: the rest of the command line was fine.
                err.println("INVALID_URL: URL '" + url + "': " + urlProblem.get());
                return 2;
            }
            URI given = URI.create(url.strip());
            // Checked before any fetch, so that a typo costs no request.
            String countryCode;
            String languageCode;
            DisplayPolicy policy;
            Duration every;
            try {
                countryCode = code(country, "--country");
                languageCode = code(language, "--language");
                policy = DisplayPolicy.parse(display);
                every = parseInterval(interval);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            if (name != null && name.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--name must not be blank");
            }
            PrintWriter out = spec.commandLine().getOut();
            List<DiscoveredFeed> feeds;
            try {
                feeds = discover(given);
            } catch (FeedDiscoveryException e) {
                String why = e.code().equals(FeedDiscoveryException.NO_FEED_FOUND)
                        ? " (no feed link on the page and none of the common feed paths answered with a feed)"
                        : "";
                if (!force) {
                    err.println(e.code() + ": " + e.getMessage() + why
                            + ". Check the address, or add it as given with --force.");
                    return 2;
                }
                // Asked for: the ingester keeps trying it and reports its failure with the source.
                err.printf("%s: %s%s; adding it as given (--force).%n", e.code(), e.getMessage(), why);
                feeds = List.of();
            }
            URI feedUrl = feeds.isEmpty() ? given : feeds.get(0).url();
            String title = feeds.isEmpty() ? null : feeds.get(0).title();
            String sourceName = name != null ? name : title != null && !title.isBlank() ? title : given.getHost();
            NewSource source = NewSource.of(sourceName, feedUrl)
                    .withCountry(countryCode)
                    .withLanguage(languageCode)
                    .withDisplay(policy)
                    .withPollInterval(every);
            if (!feedUrl.equals(given)) {
                out.printf("Found feed %s at %s%n", feedUrl, given);
            }
            try (Database db = Database.open(storage.jdbcUrl())) {
                Source added = db.sources().add(source);
                out.printf("Added source %d: %s (%s)%n", added.id(), added.name(), feedUrl);
                for (DiscoveredFeed other : feeds.subList(Math.min(1, feeds.size()), feeds.size())) {
                    out.printf(
                            "Also found: %s%s%n", other.url(), other.title() == null ? "" : " (" + other.title() + ")");
                }
                return 0;
            } catch (DuplicateSourceException e) {
                err.println("DUPLICATE_SOURCE: " + e.getMessage());
                return 1;
            }
        }

        /** The feeds at {@code given}: itself when it is a feed, else those its page links to or a common path. */
        private List<DiscoveredFeed> discover(URI given) throws FeedDiscoveryException {
            try (HttpFetcher fetcher =
                    new HttpFetcher(FetchSettings.defaults().withAllowPrivateAddresses(allowPrivate))) {
                return new FeedDiscovery(fetcher).discover(given);
            }
        }

        /** The country or language code, normalised, or null when not given; checked as the web form checks it. */
        private static @Nullable String code(@Nullable String value, String option) {
            if (value == null || value.isBlank()) {
                return null;
            }
            boolean country = option.equals("--country");
            Optional<String> problem =
                    country ? SourceFields.countryProblem(value) : SourceFields.languageProblem(value);
            if (problem.isPresent()) {
                throw new IllegalArgumentException(option + " '" + value + "': " + problem.get());
            }
            String v = value.strip();
            return country ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT);
        }

        static Duration parseInterval(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (!v.matches("\\d+[smhd]")) {
                throw new IllegalArgumentException("--interval must look like 90s, 15m, 2h or 1d, not '" + value + "'");
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            Duration d = switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
            if (d.compareTo(Duration.ofMinutes(1)) < 0 || d.compareTo(Duration.ofDays(7)) > 0) {
                throw new IllegalArgumentException("--interval must be between 1 minute and 7 days");
            }
            return d;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists sources with their health.")
    static final class ListSources implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StorageOptions storage = new StorageOptions();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database db = Database.open(storage.jdbcUrl())) {
                out.printf(
                        "%-5s %-28s %-20s %-8s %8s %-20s %-20s %s%n",
                        "ID",
                        "NAME",
                        "CATEGORY",
                        "STATUS",
                        "ARTICLES",
                        "LAST SUCCESS",
                        "NEXT POLL",
                        "FEED / LAST ERROR");
                for (Source s : db.sources().all()) {
                    String status = s.paused()
                            ? "paused"
                            : s.health().failing() ? "failing" : s.health().lastSuccess() == null ? "new" : "ok";
                    String error = s.health().lastErrorCode() == null
                            ? ""
                            : "  " + s.health().lastErrorCode() + ": "
                                    + s.health().lastErrorMessage();
                    out.printf(
                            "%-5d %-28s %-20s %-8s %8d %-20s %-20s %s%s%n",
                            s.id(),
                            Text.clip(s.name(), 28),
                            s.category() == null ? "-" : Text.clip(s.category(), 20),
                            status,
                            db.articles().countBySource(s.id()),
                            time(s.health().lastSuccess()),
                            time(s.health().nextPoll()),
                            s.feedUrl(),
                            error);
                }
                out.flush();
                return 0;
            }
        }

        private static String time(@Nullable Instant instant) {
            return instant == null
                    ? "-"
                    : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes a source and its articles.")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StorageOptions storage = new StorageOptions();

        @Parameters(paramLabel = "ID", description = "The source's id (see 'sources list').")
        long id;

        @Override
        public Integer call() {
            try (Database db = Database.open(storage.jdbcUrl())) {
                if (db.sources().remove(id)) {
                    spec.commandLine().getOut().printf("Removed source %d.%n", id);
                    return 0;
                }
                spec.commandLine().getErr().printf("NOT_FOUND: no source with id %d%n", id);
                return 1;
            }
        }
    }
}
