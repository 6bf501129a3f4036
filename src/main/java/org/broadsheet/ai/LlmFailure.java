package org.broadsheet.ai;

/** Why the language model's version is not shown; the message is what readers see beside the fallback. */
public enum LlmFailure {
    TIMEOUT("The language model did not answer in time, so this is the offline version."),
    BUDGET_SPENT("Today's budget for the language model is spent, so this is the offline version."),
    UNAVAILABLE("The language model could not be reached, so this is the offline version."),
    UNGROUNDED("The language model's reply did not cite the article, so this is the offline version.");

    private final String message;

    LlmFailure(String message) {
        this.message = message;
    }

    /** A sentence for readers. */
    public String message() {
        return message;
    }
}
