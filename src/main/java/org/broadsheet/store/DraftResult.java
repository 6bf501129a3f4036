package org.broadsheet.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What storing one draft of a batch ({@link ArticleStore#upsertAll}) came to: stored, or refused with an error.
 *
 * @param outcome how it was stored; null when it was not
 * @param error why it was not stored; null when it was
 */
public record DraftResult(
        @Nullable UpsertOutcome outcome, @Nullable RuntimeException error) {

    public DraftResult {
        if ((outcome == null) == (error == null)) {
            throw new IllegalArgumentException("a draft is either stored or failed");
        }
    }

    static DraftResult stored(UpsertOutcome outcome) {
        return new DraftResult(Objects.requireNonNull(outcome, "outcome"), null);
    }

    static DraftResult failed(RuntimeException error) {
        return new DraftResult(null, Objects.requireNonNull(error, "error"));
    }

    /** Whether the draft inserted or changed an article. */
    public boolean changed() {
        return outcome != null && outcome.kind() != UpsertOutcome.Kind.UNCHANGED;
    }
}
