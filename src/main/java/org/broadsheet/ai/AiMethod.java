package org.broadsheet.ai;

/** How the AI panel's summary or answer was made. */
public enum AiMethod {
    /** Sentences chosen from the article by software running on this site. */
    EXTRACTIVE("extractive"),
    /** Written by the language model from the article's own numbered sentences, which it cites. */
    LLM("llm");

    private final String code;

    AiMethod(String code) {
        this.code = code;
    }

    /** The name the JSON API gives this method: {@code "extractive"} or {@code "llm"}. */
    public String code() {
        return code;
    }
}
