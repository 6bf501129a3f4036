package org.broadsheet.story;

import java.time.Duration;

/**
 * The knobs of story clustering. {@link #defaults()} holds the values chosen on the demo corpus and the generated
 * evaluation set (docs/benchmarks.md).
 *
 * @param window how long after its last article a story still takes new ones
 * @param vectorWeight the share of embedding similarity in the match score
 * @param nameWeight the share of shared names and numbers in the match score; the rest is shared terms of any kind
 * @param join the score an article needs to join a story rather than start one
 * @param split a member whose score against the rest of its story falls below this leaves it in the periodic pass
 * @param merge two stories whose score against each other reaches this become one in the periodic pass
 * @param crossLanguageBoost how much shared terms count more between an article and a story in other languages
 * @param nameGate the least similarity of names and numbers for any match, when both sides have some
 */
public record ClusterSettings(
        Duration window,
        double vectorWeight,
        double nameWeight,
        double join,
        double split,
        double merge,
        double crossLanguageBoost,
        double nameGate) {

    public ClusterSettings {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        if (vectorWeight < 0 || nameWeight < 0 || vectorWeight + nameWeight > 1) {
            throw new IllegalArgumentException("vectorWeight and nameWeight must be positive with a sum of at most 1: "
                    + vectorWeight + ", " + nameWeight);
        }
        if (split > join) {
            throw new IllegalArgumentException("split (" + split + ") must not exceed join (" + join + ")");
        }
    }

    /** The tuned defaults. */
    public static ClusterSettings defaults() {
        return new ClusterSettings(Duration.ofHours(72), 0.3, 0.3, 0.30, 0.22, 0.40, 4.0, 0.2);
    }

    /** These settings with another join threshold. */
    public ClusterSettings withJoin(double value) {
        return new ClusterSettings(
                window, vectorWeight, nameWeight, value, Math.min(split, value), merge, crossLanguageBoost, nameGate);
    }

    /** These settings with another share of embedding similarity in the score. */
    public ClusterSettings withVectorWeight(double value) {
        return new ClusterSettings(window, value, nameWeight, join, split, merge, crossLanguageBoost, nameGate);
    }

    /** These settings with another boost of shared terms across languages. */
    public ClusterSettings withCrossLanguageBoost(double value) {
        return new ClusterSettings(window, vectorWeight, nameWeight, join, split, merge, value, nameGate);
    }

    /** These settings with another merge threshold. */
    public ClusterSettings withMerge(double value) {
        return new ClusterSettings(window, vectorWeight, nameWeight, join, split, value, crossLanguageBoost, nameGate);
    }

    /** These settings with another share of shared names and numbers in the score. */
    public ClusterSettings withNameWeight(double value) {
        return new ClusterSettings(window, vectorWeight, value, join, split, merge, crossLanguageBoost, nameGate);
    }

    /** These settings with another name gate. */
    public ClusterSettings withNameGate(double value) {
        return new ClusterSettings(window, vectorWeight, nameWeight, join, split, merge, crossLanguageBoost, value);
    }
}
