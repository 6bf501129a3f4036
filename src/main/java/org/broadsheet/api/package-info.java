/** The read-only JSON API, version 1: articles with cursor pagination and sources with their health. */
@NullMarked
package org.broadsheet.api;

import org.jspecify.annotations.NullMarked;
