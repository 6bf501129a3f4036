package org.broadsheet.extract;

/** Why a page was not extracted: a stable reason that ingest records and the {@code extract} command prints. */
public enum ExtractionFailure {
    /** The page is over {@link ArticleExtractor#MAX_INPUT_BYTES}; it is refused before parsing. */
    TOO_LARGE,
    /** The page holds more elements than {@link ArticleExtractor#MAX_ELEMENTS}; it is refused before parsing. */
    TOO_COMPLEX,
    /** Extraction ran past its time budget (one second of CPU time by default) and was abandoned. */
    TIMED_OUT
}
