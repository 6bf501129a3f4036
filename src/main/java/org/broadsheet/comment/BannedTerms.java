package org.broadsheet.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.broadsheet.store.BannedTerm;

/**
 * The banned-terms list compiled for matching. A word matches as a whole word in any case; a pattern is a Java regular
 * expression matched anywhere, case-insensitively. In the moderators' text box a pattern is written between slashes,
 * {@code /pattern/}, one entry per line.
 */
final class BannedTerms {
    private final List<BannedTerm> terms;
    private final List<Pattern> patterns;

    private BannedTerms(List<BannedTerm> terms, List<Pattern> patterns) {
        this.terms = terms;
        this.patterns = patterns;
    }

    static BannedTerms of(List<BannedTerm> terms) {
        List<Pattern> patterns = new ArrayList<>();
        for (BannedTerm t : terms) {
            patterns.add(compile(t));
        }
        return new BannedTerms(List.copyOf(terms), List.copyOf(patterns));
    }

    /** Parses the moderators' text box: one entry per line, {@code /regex/} for a pattern, blank lines ignored. */
    static List<BannedTerm> parse(String text) {
        List<BannedTerm> terms = new ArrayList<>();
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            BannedTerm term = line.length() > 2 && line.startsWith("/") && line.endsWith("/")
                    ? new BannedTerm(line.substring(1, line.length() - 1), true)
                    : new BannedTerm(line.toLowerCase(Locale.ROOT), false);
            compile(term);
            terms.add(term);
        }
        return terms;
    }

    /** The list as the text box shows it. */
    static String format(List<BannedTerm> terms) {
        StringBuilder out = new StringBuilder();
        for (BannedTerm t : terms) {
            out.append(t.regex() ? "/" + t.term() + "/" : t.term()).append('\n');
        }
        return out.toString();
    }

    private static Pattern compile(BannedTerm t) {
        try {
            return t.regex()
                    ? Pattern.compile(t.term(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    : Pattern.compile(
                            "(?<![\\p{L}\\p{N}])" + Pattern.quote(t.term()) + "(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new CommentException(
                    CommentProblem.INVALID_RULE, "'" + t.term() + "' is not a valid pattern: " + e.getDescription());
        }
    }

    /** The first entry {@code text} contains, if any. */
    Optional<BannedTerm> firstIn(String text) {
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matcher(text).find()) {
                return Optional.of(terms.get(i));
            }
        }
        return Optional.empty();
    }
}
