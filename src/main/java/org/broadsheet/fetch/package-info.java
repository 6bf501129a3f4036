/**
 * Polite, safe HTTP GET for feeds and pages: conditional requests, size and time limits, and an SSRF guard
 * ({@link org.broadsheet.fetch.HttpFetcher}); robots.txt, per-host concurrency and delays for crawling
 * ({@link org.broadsheet.fetch.PoliteFetcher}).
 */
@NullMarked
package org.broadsheet.fetch;

import org.jspecify.annotations.NullMarked;
