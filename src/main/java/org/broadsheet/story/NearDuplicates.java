package org.broadsheet.story;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Finds syndicated copies: texts whose 5-word shingles overlap by at least {@link #THRESHOLD} (estimated Jaccard
 * similarity, by MinHash). A wire story reprinted by several outlets is then shown once, with "also published by".
 */
public final class NearDuplicates {
    /** The estimated shingle Jaccard similarity from which two texts count as copies of one text. */
    public static final double THRESHOLD = 0.5;

    private NearDuplicates() {}

    /**
     * Groups {@code items} into copies of one text, keeping the input order: each group starts with its earliest
     * item in that order, and an item without copies is a group of one.
     */
    public static <T> List<List<T>> group(List<T> items, Function<T, String> text) {
        List<MinHash> signatures =
                items.stream().map(i -> MinHash.of(text.apply(i))).toList();
        List<List<T>> groups = new ArrayList<>();
        List<Integer> heads = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int found = -1;
            for (int g = 0; g < groups.size() && found < 0; g++) {
                if (signatures.get(heads.get(g)).similarity(signatures.get(i)) >= THRESHOLD) {
                    found = g;
                }
            }
            if (found < 0) {
                found = groups.size();
                groups.add(new ArrayList<>());
                heads.add(i);
            }
            groups.get(found).add(items.get(i));
        }
        return groups;
    }

    /** Whether two texts are copies of one text. */
    public static boolean areCopies(String a, String b) {
        return MinHash.of(a).similarity(MinHash.of(b)) >= THRESHOLD;
    }
}
