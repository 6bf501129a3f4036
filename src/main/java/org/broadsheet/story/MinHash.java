package org.broadsheet.story;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MinHash signatures of a text's word shingles: the share of equal positions in two signatures estimates the
 * Jaccard similarity of their shingle sets. Syndicated copies of one wire text, lightly edited by each outlet, share
 * most shingles; two reports of one event written apart share almost none.
 */
final class MinHash {
    static final int SHINGLE = 5;
    static final int HASHES = 64;
    static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] SEEDS = seeds();

    private final long[] signature;

    private MinHash(long[] signature) {
        this.signature = signature;
    }

    /** The signature of {@code text}; a text with no words has no shingles and is similar to nothing. */
    static MinHash of(String text) {
        long[] signature = new long[HASHES];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles(text)) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(shingle ^ SEEDS[i]);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return new MinHash(signature);
    }

    private static Set<Long> shingles(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        long[] window = new long[SHINGLE];
        int seen = 0;
        Set<Long> shingles = new HashSet<>();
        while (m.find()) {
            window[seen % SHINGLE] = m.group().hashCode();
            seen++;
            if (seen >= SHINGLE) {
                long h = 1125899906842597L;
                for (int i = seen - SHINGLE; i < seen; i++) {
                    h = 31 * h + window[i % SHINGLE];
                }
                shingles.add(h);
            }
        }
        return shingles;
    }

    boolean isEmpty() {
        return signature[0] == Long.MAX_VALUE;
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets, from 0 to 1. */
    double similarity(MinHash other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (signature[i] == other.signature[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /** The locality-sensitive keys of this signature: texts with a similarity above about 0.5 share one. */
    long[] bandKeys() {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + signature[b * ROWS + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(x);
        }
        return seeds;
    }

    /** SplitMix64's finaliser: a fast, well-spread 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
