package org.broadsheet.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coreference, lightly: a sentence that opens with a pronoun ("He said...", "Its central promise...") is about
 * someone or something named just before, so for retrieval it also carries the names of the sentence before it.
 */
final class Antecedents {
    private static final Pattern OPENS_WITH_PRONOUN = Pattern.compile(
            "^(?:[\"“‘']\\s*)?(?:He|She|It|They|His|Her|Its|Their|Him|Them|The company|The group|The firm|"
                    + "The party|The team|The club|The ship|The vessel|The man|The woman|The court)\\b");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]+");

    private Antecedents() {}

    /** Each sentence's terms, with the names of the sentence before added to those that open with a pronoun. */
    static List<List<String>> resolve(List<Sentence> sentences, List<List<String>> terms) {
        List<List<String>> resolved = new ArrayList<>(terms.size());
        for (int i = 0; i < sentences.size(); i++) {
            if (i == 0 || !OPENS_WITH_PRONOUN.matcher(sentences.get(i).text()).find()) {
                resolved.add(terms.get(i));
                continue;
            }
            List<String> with = new ArrayList<>(terms.get(i));
            with.addAll(Terms.of(String.join(" ", names(sentences.get(i - 1).text()))));
            resolved.add(with);
        }
        return resolved;
    }

    /** The capitalised words of {@code sentence} after its first word. */
    static List<String> names(String sentence) {
        List<String> names = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(sentence);
        while (m.find()) {
            if (m.start() > 0) {
                names.add(m.group());
            }
        }
        return names;
    }
}
