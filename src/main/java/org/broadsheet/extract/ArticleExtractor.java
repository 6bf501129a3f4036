package org.broadsheet.extract;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.broadsheet.sanitize.HtmlSanitizer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Extracts the article from a news page: its metadata, its body as sanitised HTML and as plain text. Safe to share
 * between threads. It never throws on malformed or hostile HTML: a page with no article gives its body's text, and a
 * page too large, too complex or too slow to extract gives an {@link ExtractionException} with a stable reason.
 */
public final class ArticleExtractor {
    /** Pages over this many bytes (or characters) are refused with {@link ExtractionFailure#TOO_LARGE}. */
    public static final int MAX_INPUT_BYTES = 10 * 1024 * 1024;
    /**
     * Pages with more start tags than this are refused with {@link ExtractionFailure#TOO_COMPLEX} before parsing:
     * news pages have a few thousand elements, and parsing alone of a million takes longer than the time budget.
     */
    public static final int MAX_ELEMENTS = 300_000;
    /**
     * The default time budget of one page; past it the extraction stops with {@link ExtractionFailure#TIMED_OUT}. It
     * counts the extracting thread's CPU time (wall-clock time where the JVM cannot measure that, as on virtual
     * threads): extraction never waits, so CPU time is its work, and a busy machine does not turn slow scheduling
     * into failed pages.
     */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(1);
    /** Below this many characters of text, a strict pass is retried without class and id hints. */
    private static final int RETRY_BELOW = 250;

    private final long budgetNanos;
    private final LongSupplier nanoTime;
    /** A clock that runs at least as fast as {@link #nanoTime}: until it has run the budget, no check reads the other. */
    private final LongSupplier atLeast;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Creates an extractor with the {@link #DEFAULT_BUDGET}; one instance can serve the whole application. */
    public ArticleExtractor() {
        this(DEFAULT_BUDGET);
    }

    /** Creates an extractor that gives up on a page after {@code budget} of CPU time. */
    public ArticleExtractor(Duration budget) {
        // A thread cannot spend more CPU time than the time that passes: while less than the budget has passed on
        // the wall clock (some 30 ns to read), the thread's CPU clock (1.5 microseconds to read on a virtual
        // machine) need not be read.
        this(budget, ArticleExtractor::cpuNanos, System::nanoTime, true);
    }

    private static long cpuNanos() {
        long cpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        return cpu >= 0 ? cpu : System.nanoTime();
    }

    ArticleExtractor(Duration budget, LongSupplier nanoTime) {
        this(budget, nanoTime, true);
    }

    ArticleExtractor(Duration budget, LongSupplier nanoTime, boolean warmUp) {
        this(budget, nanoTime, nanoTime, warmUp);
    }

    private ArticleExtractor(Duration budget, LongSupplier nanoTime, LongSupplier atLeast, boolean warmUp) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("budget must be positive: " + budget);
        }
        this.budgetNanos = budget.toNanos();
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.atLeast = atLeast;
        // Read the language model and warm the code up now, so that no page's budget pays for them.
        LanguageDetection.load();
        if (warmUp) {
            Warmup.once();
        }
    }

    /**
     * Extracts from raw bytes, detecting the charset from a byte order mark, then the {@code contentType} header's
     * charset, then a {@code <meta charset>}, else UTF-8. {@code url} is the page's address, for relative links.
     */
    public ExtractedArticle extract(byte[] body, @Nullable String contentType, URI url) throws ExtractionException {
        Objects.requireNonNull(body, "body");
        return run(decode(body, contentType), url, null);
    }

    /** As {@link #extract(byte[], String, URI)}, with the source's {@code rule} naming the article body. */
    public ExtractedArticle extract(byte[] body, @Nullable String contentType, URI url, ContentRule rule)
            throws ExtractionException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(rule, "rule");
        return run(decode(body, contentType), url, rule);
    }

    /** Extracts from already decoded HTML; {@code url} is the page's address, for relative links. */
    public ExtractedArticle extract(String html, URI url) throws ExtractionException {
        return run(html, url, null);
    }

    /** As {@link #extract(String, URI)}, with the source's {@code rule} naming the article body. */
    public ExtractedArticle extract(String html, URI url, ContentRule rule) throws ExtractionException {
        Objects.requireNonNull(rule, "rule");
        return run(html, url, rule);
    }

    private static String decode(byte[] body, @Nullable String contentType) throws ExtractionException {
        if (body.length > MAX_INPUT_BYTES) {
            throw tooLarge(body.length, "bytes");
        }
        CharsetSniffer.Detected detected = CharsetSniffer.detect(body, body.length, contentType);
        Charset charset = detected.charset();
        return new String(body, detected.skip(), body.length - detected.skip(), charset);
    }

    private ExtractedArticle run(String html, URI url, @Nullable ContentRule rule) throws ExtractionException {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(url, "url");
        if (html.length() > MAX_INPUT_BYTES) {
            throw tooLarge(html.length(), "characters");
        }
        // Each start tag takes at least two characters ("<" and a letter), so a page shorter than twice the limit
        // cannot pass it and is not scanned.
        if (html.length() / 2 > MAX_ELEMENTS && StartTags.count(html, MAX_ELEMENTS + 1) > MAX_ELEMENTS) {
            throw new ExtractionException(
                    ExtractionFailure.TOO_COMPLEX, "the page has more than " + MAX_ELEMENTS + " elements");
        }
        Deadline deadline = new Deadline(nanoTime, atLeast, budgetNanos);
        try {
            return deadline.enforce(() -> extractWithin(html, url, rule, deadline));
        } catch (Deadline.Expired e) {
            throw new ExtractionException(ExtractionFailure.TIMED_OUT, e.getMessage());
        }
    }

    private ExtractedArticle extractWithin(String input, URI url, @Nullable ContentRule rule, Deadline deadline) {
        PageIndex page = parse(input, url);
        Document doc = page.document();
        deadline.check();
        PageMetadata meta = MetadataReader.read(page);
        PaywallSign paywall = PaywallMarkers.find(page);
        deadline.check();

        Element content = rule == null ? null : ruleBody(doc, rule);
        String text = content == null ? "" : TextRenderer.render(content);
        // The operator's rule is the answer when it matches: no retry second-guesses a short body it names.
        boolean ruled = !text.isEmpty();
        if (!ruled) {
            content = extractBody(doc, meta, true, deadline);
            text = TextRenderer.render(content);
        }
        deadline.check();
        if (!ruled && text.length() < RETRY_BELOW) {
            // The strict pass changed doc; parsing again gives the page as it was (reading the metadata changes
            // nothing). Parsing only on this rare path is cheaper than cloning every page up front.
            Document fallback = parse(input, url).document();
            deadline.check();
            Element lenient = extractBody(fallback.clone(), meta, false, deadline);
            String lenientText = TextRenderer.render(lenient);
            if (lenientText.length() > text.length() * 2) {
                content = lenient;
                text = lenientText;
            }
            if (text.isEmpty()) {
                PageCleaner.clean(fallback, false);
                content = fallback.body();
                text = TextRenderer.render(content);
            }
            deadline.check();
        }
        String safeHtml = text.isEmpty() ? "" : HtmlSanitizer.sanitize(content, url);
        deadline.check();
        return new ExtractedArticle(
                meta.title(),
                meta.byline(),
                meta.siteName(),
                meta.published(),
                LanguageDetection.resolve(meta.language(), text),
                meta.image(),
                Excerpt.of(meta.description(), Excerpt.firstParagraph(content), text),
                text,
                safeHtml,
                meta.canonicalUrl(),
                paywall);
    }

    /** The elements {@code rule} matches (outermost only), or null when it matches nothing. */
    private static @Nullable Element ruleBody(Document doc, ContentRule rule) {
        Elements matched = doc.select(rule.evaluator());
        if (matched.isEmpty()) {
            return null;
        }
        Element wrapper = doc.createElement("div");
        for (Element el : matched) {
            if (!hasMatchedAncestor(el, matched)) {
                wrapper.appendChild(el.clone());
            }
        }
        LazyImages.resolve(wrapper);
        return wrapper;
    }

    private static boolean hasMatchedAncestor(Element el, Elements matched) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (matched.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses the page, brings back its noscript images and turns its runs of breaks into paragraphs: the tree both the
     * strict and the lenient pass start from, with the index the metadata and paywall readers take from it.
     */
    private static PageIndex parse(String input, URI url) {
        // The parser reads its input about a kilobyte at a time; checking the deadline on each read bounds parsing.
        Reader reader = new FilterReader(new StringReader(input)) {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                Deadline.checkNow();
                return super.read(buffer, offset, length);
            }
        };
        Document doc = Parser.htmlParser().parseInput(reader, url.toString());
        PageIndex index = PageIndex.of(doc);
        boolean changed = NoscriptImages.unwrap(doc, index.noscripts());
        changed |= BrRuns.toParagraphs(index.bodyBreaks());
        // Most pages need neither change; those that had one are walked again rather than the index kept in step.
        return changed ? PageIndex.of(doc) : index;
    }

    private static Element extractBody(Document doc, PageMetadata meta, boolean useHints, Deadline deadline) {
        PageCleaner.clean(doc, useHints);
        deadline.check();
        ContentScorer scorer = new ContentScorer();
        Element top = scorer.topCandidate(doc);
        deadline.check();
        Element content = top == null ? bodyCopy(doc) : ArticleAssembler.assemble(doc, scorer, top, meta.description());
        deadline.check();
        ContentPolisher.polish(content, meta, scorer.counts());
        return content;
    }

    private static Element bodyCopy(Document doc) {
        Element wrapper = doc.createElement("div");
        wrapper.appendChildren(doc.body().childNodesCopy());
        return wrapper;
    }

    private static ExtractionException tooLarge(int size, String unit) {
        return new ExtractionException(
                ExtractionFailure.TOO_LARGE,
                "the page is " + size + " " + unit + ", over the limit of " + MAX_INPUT_BYTES);
    }
}
