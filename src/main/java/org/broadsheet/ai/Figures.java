package org.broadsheet.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The figures a sentence gives, each with what it counts, so that two accounts are said to differ only when they give
 * different values for the same quantity: "14,000 hectares" against "12,000 hectares", but not "1.2 million copies
 * worldwide" against "60,000 sold in the UK" (another unit, another scope).
 */
final class Figures {
    /** A figure: its value, the word it counts ("hectares", "%", "$ per"), and the places or scope named after it. */
    record Quantity(double value, String unit, Set<String> scope) {}

    private static final Pattern NUMBER = Pattern.compile("^([$€£¥]?)(\\d[\\d,]*(?:\\.\\d+)?)(%?)$");
    private static final Map<String, Double> SCALES = Map.of(
            "thousand", 1e3, "million", 1e6, "millions", 1e6, "m", 1e6, "billion", 1e9, "bn", 1e9, "trillion", 1e12);
    private static final Set<String> WIDE = Set.of(
            "worldwide",
            "globally",
            "global",
            "nationally",
            "nationwide",
            "internationally",
            "abroad",
            "overseas",
            "domestically",
            "locally",
            "total",
            "overall",
            "altogether",
            "europe-wide");
    private static final Set<String> PERCENT = Set.of("percent", "per cent", "pc");
    /** A year, which dates something rather than counting it. */
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");
    /** How many words after a figure may name its scope, within its clause. */
    private static final int SCOPE_WORDS = 6;

    private Figures() {}

    /** The figures of {@code sentence} that count something; years and bare numbers at a clause's end count nothing. */
    static List<Quantity> of(String sentence) {
        String[] tokens = sentence.strip().split("\\s+");
        List<Quantity> found = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String raw = tokens[i];
            String token = trimEnd(raw);
            Matcher m = NUMBER.matcher(token);
            if (!m.matches()) {
                continue;
            }
            double value = Double.parseDouble(m.group(2).replace(",", ""));
            String unit = m.group(3).isEmpty() ? "" : "%";
            boolean clauseEnds = endsClause(raw);
            int next = i + 1;
            if (!clauseEnds && unit.isEmpty() && next < tokens.length) {
                Double scale = SCALES.get(trimEnd(tokens[next]).toLowerCase(Locale.ROOT));
                if (scale != null) {
                    value *= scale;
                    clauseEnds = endsClause(tokens[next]);
                    next++;
                }
            }
            if (!clauseEnds && unit.isEmpty() && next < tokens.length) {
                String word = trimEnd(tokens[next]).toLowerCase(Locale.ROOT);
                if (next + 1 < tokens.length && (word + " " + trimEnd(tokens[next + 1])).equals("per cent")) {
                    unit = "%";
                    next++;
                } else if (PERCENT.contains(word)) {
                    unit = "%";
                } else if (word.chars().anyMatch(Character::isLetter)
                        && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)
                        && !(m.group(1).isEmpty() && YEAR.matcher(m.group(2)).matches())) {
                    unit = word;
                }
                clauseEnds = endsClause(tokens[next]);
                next++;
            }
            if (unit.isEmpty()) {
                continue;
            }
            Set<String> scope = new TreeSet<>();
            for (int j = next; !clauseEnds && j < tokens.length && j < next + SCOPE_WORDS; j++) {
                String word = trimEnd(tokens[j]);
                if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                    scope.add(word);
                } else if (WIDE.contains(word.toLowerCase(Locale.ROOT))) {
                    scope.add(word.toLowerCase(Locale.ROOT));
                }
                clauseEnds = endsClause(tokens[j]);
            }
            found.add(new Quantity(value, m.group(1) + unit, scope));
        }
        return found;
    }

    /**
     * Whether the two sentences give different values for the same quantity (same unit and scope), neither sentence
     * also giving the other's value for it.
     */
    static boolean contradict(String a, String b) {
        List<Quantity> x = of(a);
        List<Quantity> y = of(b);
        for (Quantity p : x) {
            for (Quantity q : y) {
                if (p.unit().equals(q.unit()) && p.scope().equals(q.scope()) && !gives(x, q) && !gives(y, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean gives(List<Quantity> quantities, Quantity wanted) {
        return quantities.stream()
                .anyMatch(q -> q.unit().equals(wanted.unit()) && Math.abs(q.value() - wanted.value()) < 1e-9);
    }

    /** Whether {@code token} closes a clause: it ends with a comma, a full stop or the like (quotes aside). */
    private static boolean endsClause(String token) {
        int end = token.length();
        while (end > 0 && ")\"”’'".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ",.;:!?".indexOf(token.charAt(end - 1)) >= 0;
    }

    /** {@code token} without the punctuation that ends a clause or wraps it (quotes, brackets). */
    private static String trimEnd(String token) {
        int end = token.length();
        while (end > 0 && ",.;:!?)\"”’'".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        int start = 0;
        while (start < end && "(\"“‘'".indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        return token.substring(start, end);
    }
}
