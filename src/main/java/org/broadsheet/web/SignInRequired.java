package org.broadsheet.web;

/** Raised where a page needs a signed-in reader; pages answer with a redirect to the log-in page, the API with 401. */
final class SignInRequired extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SignInRequired() {
        super("Please log in first.", null, false, false);
    }
}
