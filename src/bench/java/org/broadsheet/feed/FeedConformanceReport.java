package org.broadsheet.feed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.broadsheet.feed.FeedConformance.Outcome;
import org.broadsheet.feed.FeedConformance.Verdict;

/** What {@link FeedConformance} measured: counts per suite, expectation verdicts, field agreements, parse times. */
public final class FeedConformanceReport {
    private final Map<String, EnumMap<Outcome, Integer>> outcomes = new LinkedHashMap<>();
    private final Map<String, EnumMap<Verdict, Integer>> verdicts = new LinkedHashMap<>();
    private final Map<String, ExpectedJson.Agreement> agreements = new LinkedHashMap<>();
    private final List<Long> nanos = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    FeedConformanceReport() {}

    void parsed(String suite, Outcome outcome, long elapsedNanos) {
        outcomes.computeIfAbsent(suite, k -> new EnumMap<>(Outcome.class)).merge(outcome, 1, Integer::sum);
        nanos.add(elapsedNanos);
    }

    void expectation(String group, Verdict verdict, String file, String detail) {
        verdicts.computeIfAbsent(group, k -> new EnumMap<>(Verdict.class)).merge(verdict, 1, Integer::sum);
        if (verdict == Verdict.FAILED || verdict == Verdict.NOT_APPLICABLE) {
            failures.add(verdict + " " + group + " " + file + ": " + detail);
        }
    }

    void agreement(String dialect, ExpectedJson.Agreement agreement) {
        agreements.merge(dialect, agreement, ExpectedJson.Agreement::plus);
    }

    void problem(String problem) {
        problems.add(problem);
    }

    /** Documents that threw something other than {@link FeedParseException}, or whose expectation was unreadable. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** One line per failed or not applicable feedparser expectation, with the expression and the bozo reasons. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** The number of documents of every suite, in any outcome. */
    public int documents() {
        return nanos.size();
    }

    /** Documents that neither parsed nor failed with a {@link FeedParseException}: other exceptions and hangs. */
    public int untyped() {
        return outcomes.values().stream()
                .mapToInt(m -> m.getOrDefault(Outcome.OTHER_ERROR, 0) + m.getOrDefault(Outcome.HUNG, 0))
                .sum();
    }

    /** The pass rate of the applicable expectations of a feedparser group ({@code wellformed}, ...), from 0 to 1. */
    public double passRate(String group) {
        EnumMap<Verdict, Integer> v = verdicts.getOrDefault(group, new EnumMap<>(Verdict.class));
        int passed = v.getOrDefault(Verdict.PASSED, 0) + v.getOrDefault(Verdict.PASSED_AS_TEXT, 0);
        int applicable = passed + v.getOrDefault(Verdict.FAILED, 0);
        return applicable == 0 ? Double.NaN : (double) passed / applicable;
    }

    /** The report as a plain-text table (Markdown). */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("| suite | documents | parsed | typed failure | other exception | hung |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        outcomes.forEach((suite, m) -> out.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %d | %d | %d |%n",
                suite,
                m.values().stream().mapToInt(Integer::intValue).sum(),
                m.getOrDefault(Outcome.PARSED, 0),
                m.getOrDefault(Outcome.TYPED_FAILURE, 0),
                m.getOrDefault(Outcome.OTHER_ERROR, 0),
                m.getOrDefault(Outcome.HUNG, 0))));
        out.append('\n');
        out.append("| feedparser expectations | files | not applicable | applicable | passed | of which as text only"
                + " | pass rate |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        verdicts.forEach((group, v) -> {
            int strict = v.getOrDefault(Verdict.PASSED, 0);
            int text = v.getOrDefault(Verdict.PASSED_AS_TEXT, 0);
            int failed = v.getOrDefault(Verdict.FAILED, 0);
            int na = v.getOrDefault(Verdict.NOT_APPLICABLE, 0);
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %d | %d | %s |%n",
                    group,
                    strict + text + failed + na,
                    na,
                    strict + text + failed,
                    strict + text,
                    text,
                    percent(strict + text, strict + text + failed)));
        });
        out.append('\n');
        out.append("| expected JSON | fields compared | agreed | agreement |\n");
        out.append("| --- | ---: | ---: | ---: |\n");
        agreements.forEach((dialect, a) -> out.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %s |%n",
                dialect,
                a.compared(),
                a.agreed(),
                percent(a.agreed(), a.compared()))));
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        out.append('\n');
        out.append(String.format(
                Locale.ROOT,
                "Parse time per document (%d documents): median %s, p95 %s, max %s%n",
                sorted.length,
                millis(quantile(sorted, 0.5)),
                millis(quantile(sorted, 0.95)),
                millis(sorted.length == 0 ? 0 : sorted[sorted.length - 1])));
        return out.toString();
    }

    private static long quantile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    @Override
    public String toString() {
        return table() + Arrays.toString(problems.toArray());
    }
}
