package org.broadsheet.account;

import org.broadsheet.store.Account;

/**
 * A session just opened: the cookie value to hand the browser (never stored as is), and the CSRF token of its forms.
 */
public record NewSession(Account account, String cookieValue, String csrf) {}
