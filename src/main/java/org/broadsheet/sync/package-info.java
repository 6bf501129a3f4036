/**
 * The sync APIs that existing reader apps speak: Fever ({@code /fever/?api}) and Google Reader as FreshRSS and
 * Miniflux implement it ({@code /accounts/ClientLogin}, {@code /reader/api/0/...}). Both sign in with app passwords
 * only, never with the account's main password or the site's session cookie, and are rate-limited per app password.
 */
@NullMarked
package org.broadsheet.sync;

import org.jspecify.annotations.NullMarked;
