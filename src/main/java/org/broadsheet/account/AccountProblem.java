package org.broadsheet.account;

/** Why an account action was refused: a stable code, the form field it concerns, and the HTTP status it maps to. */
public enum AccountProblem {
    USERNAME_INVALID("username", 400),
    USERNAME_TAKEN("username", 400),
    USERNAME_LOOKS_TAKEN("username", 400),
    PASSWORD_TOO_SHORT("password", 400),
    PASSWORD_TOO_LONG("password", 400),
    PASSWORD_TOO_COMMON("password", 400),
    PASSWORD_IS_USERNAME("password", 400),
    WRONG_CREDENTIALS("password", 400),
    WRONG_CURRENT_PASSWORD("current", 400),
    TOO_MANY_ATTEMPTS("password", 429),
    TOKEN_NAME_INVALID("name", 400);

    private final String field;
    private final int status;

    AccountProblem(String field, int status) {
        this.field = field;
        this.status = status;
    }

    /** The form field the problem is shown next to. */
    public String field() {
        return field;
    }

    /** 400, or 429 when the log-in limit is reached. */
    public int status() {
        return status;
    }
}
