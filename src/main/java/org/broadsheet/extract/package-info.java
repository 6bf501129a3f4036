/** Turns an article page's HTML into its clean text, safe HTML and metadata (title, byline, date, language, image). */
@NullMarked
package org.broadsheet.extract;

import org.jspecify.annotations.NullMarked;
