/**
 * Finding articles: a derived full-text and vector index of the stored articles (Lucene on disk today, behind {@link
 * org.broadsheet.search.SearchIndex} so that another engine can take its place), keyword search blended with semantic
 * matches, and related articles.
 */
@NullMarked
package org.broadsheet.search;

import org.jspecify.annotations.NullMarked;
