package org.broadsheet.search;

/** A search parameter (other than the query) that has no valid meaning; {@link #parameter()} names it. */
public final class BadParameterException extends RuntimeException {
    private final String parameter;

    BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The parameter's name, such as "from". */
    public String parameter() {
        return parameter;
    }
}
