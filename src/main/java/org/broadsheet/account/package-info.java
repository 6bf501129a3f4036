/**
 * Accounts: sign-up with a password policy, Argon2id password hashes, log-in with a brute-force limit, server-side
 * sessions, roles and personal API tokens. {@link org.broadsheet.account.Accounts} is the entry; the SQL lives in
 * {@link org.broadsheet.store.AccountStore}.
 */
@NullMarked
package org.broadsheet.account;

import org.jspecify.annotations.NullMarked;
