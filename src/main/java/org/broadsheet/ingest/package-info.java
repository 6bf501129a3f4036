/**
 * The ingestion pipeline: poll each source's feed on schedule, fetch and extract each new article page (falling back to
 * the feed's own content), store it once, and record the source's health.
 */
@NullMarked
package org.broadsheet.ingest;

import org.jspecify.annotations.NullMarked;
