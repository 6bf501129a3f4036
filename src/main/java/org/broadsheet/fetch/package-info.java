/** Polite, safe HTTP GET for feeds and pages: conditional requests, size and time limits, and an SSRF guard. */
@NullMarked
package org.broadsheet.fetch;

import org.jspecify.annotations.NullMarked;
