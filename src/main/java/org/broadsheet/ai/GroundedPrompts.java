package org.broadsheet.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompts that keep the language model grounded: it sees only numbered sentences of the article and must cite
 * them as {@code [n]}; replies that cite nothing, or a number it was not given, are rejected.
 */
final class GroundedPrompts {
    static final String NOT_IN_ARTICLE = "NOT IN ARTICLE";
    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,4})]");

    static final String SUMMARY_SYSTEM = "You summarise news articles for readers. Use only the numbered sentences"
            + " you are given; add no facts of your own. Reply in exactly this format:\n"
            + "TLDR: <one or two sentences> [n]\n- <key point> [n]\n"
            + "with 3 to 5 key points. End every line with the numbers of the sentences it rests on, such as [2] or"
            + " [2][5].";

    static final String ANSWER_SYSTEM = "You answer a reader's question about a news article. Use only the numbered"
            + " sentences you are given and end your answer with the numbers of the sentences it rests on, such as"
            + " [3]. Answer in one to three sentences. If the sentences do not answer the question, reply exactly: "
            + NOT_IN_ARTICLE;

    /** A grounded line: its text without the citations, and the sentence numbers it cites. */
    record Cited(String text, List<Integer> sentences) {}

    /** A parsed summary reply. */
    record SummaryReply(Cited tldr, List<Cited> keyPoints) {}

    private GroundedPrompts() {}

    /** The user message listing {@code indexes} of {@code sentences} as numbered lines, after the title if any. */
    static String numbered(String heading, List<Sentence> sentences, Set<Integer> indexes) {
        StringBuilder b = new StringBuilder(heading).append("\n\nSentences:\n");
        for (int i : new TreeSet<>(indexes)) {
            b.append('[').append(i).append("] ").append(sentences.get(i).text()).append('\n');
        }
        return b.toString();
    }

    /** The summary in {@code reply}, if every line cites only {@code allowed} sentences and there are enough. */
    static Optional<SummaryReply> parseSummary(String reply, Set<Integer> allowed) {
        Cited tldr = null;
        List<Cited> points = new ArrayList<>();
        for (String raw : reply.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.regionMatches(true, 0, "TLDR:", 0, 5) || line.regionMatches(true, 0, "TL;DR:", 0, 6)) {
                Optional<Cited> c = cited(line.substring(line.indexOf(':') + 1), allowed);
                if (c.isEmpty()) {
                    return Optional.empty();
                }
                tldr = c.get();
            } else if (line.startsWith("-") || line.startsWith("*") || line.startsWith("•")) {
                Optional<Cited> c = cited(line.substring(1), allowed);
                if (c.isEmpty()) {
                    return Optional.empty();
                }
                points.add(c.get());
            }
        }
        if (tldr == null || points.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new SummaryReply(tldr, points.subList(0, Math.min(5, points.size()))));
    }

    /** The answer in {@code reply}; empty when it is ungrounded, a {@code null}-sentences answer for "not in article". */
    static Optional<Cited> parseAnswer(String reply, Set<Integer> allowed) {
        if (reply.strip().toUpperCase(java.util.Locale.ROOT).startsWith(NOT_IN_ARTICLE)) {
            return Optional.of(new Cited(NOT_IN_ARTICLE, List.of()));
        }
        return cited(reply.replace('\n', ' '), allowed);
    }

    /** The text without its citations, if it cites at least one sentence and only allowed ones. */
    static Optional<Cited> cited(String line, Set<Integer> allowed) {
        Matcher m = CITATION.matcher(line);
        TreeSet<Integer> numbers = new TreeSet<>();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (!allowed.contains(n)) {
                return Optional.empty();
            }
            numbers.add(n);
        }
        String text =
                CITATION.matcher(line).replaceAll("").replaceAll("\\s+", " ").strip();
        text = text.replaceAll("\\s+([.,;:!?])", "$1");
        if (numbers.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Cited(text, List.copyOf(numbers)));
    }

    /** The system instruction for translating into {@code language} (a name or code the reader chose). */
    static String translateSystem(String language) {
        return "Translate the news article you are given into " + language + ". Keep the paragraphs, separated by"
                + " blank lines. Reply with the translation only.";
    }
}
