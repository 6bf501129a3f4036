package org.broadsheet.store;

import java.time.Instant;

/** A live session: whose it is, the CSRF token of its forms, and when it ends. */
public record SignedInSession(Account account, String csrf, Instant expires) {}
