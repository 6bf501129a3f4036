/**
 * The ingestion pipeline: poll each source's feed on schedule, fetch and extract each new article page (falling back to
 * the feed's own content), store it once, and record the source's health; then carry what was stored on, in one
 * pipeline ({@link org.broadsheet.ingest.AfterStore}): embedded, indexed, clustered into stories, pages invalidated,
 * driven by what the database says is pending so that a crash loses nothing.
 */
@NullMarked
package org.broadsheet.ingest;

import org.jspecify.annotations.NullMarked;
