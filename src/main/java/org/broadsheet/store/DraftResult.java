package org.broadsheet.store;

import java.util.Objects;

/**
 * What storing one draft of a batch ({@link ArticleStore#upsertAll}) came to: {@link Stored} (inserted, updated or
 * left as it was) or {@link Failed} (refused by the database, rolled back alone).
 */
public sealed interface DraftResult {
    /** The draft was stored; {@code outcome} says whether it inserted, changed or left the article alone. */
    record Stored(UpsertOutcome outcome) implements DraftResult {
        public Stored {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** The database refused the draft; nothing of it was stored. */
    record Failed(RuntimeException error) implements DraftResult {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }

    /** Whether the draft inserted or changed an article. */
    default boolean changed() {
        return switch (this) {
            case Stored(UpsertOutcome outcome) -> outcome.kind() != UpsertOutcome.Kind.UNCHANGED;
            case Failed failed -> false;
        };
    }
}
