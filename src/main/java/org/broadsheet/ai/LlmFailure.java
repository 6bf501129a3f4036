package org.broadsheet.ai;

/** Why the language model's version is not shown; each reason has a sentence for readers in two forms. */
public enum LlmFailure {
    TIMEOUT("The language model did not answer in time"),
    BUDGET_SPENT("Today's budget for the language model is spent"),
    UNAVAILABLE("The language model could not be reached"),
    UNGROUNDED("The language model's reply did not cite the article");

    private final String cause;

    LlmFailure(String cause) {
        this.cause = cause;
    }

    /** A sentence for readers shown beside the offline version that replaces the model's. */
    public String message() {
        return cause + ", so this is the offline version.";
    }

    /** A sentence for readers when there is no offline version to show instead (a translation). */
    public String reason() {
        return cause + ".";
    }
}
