/** The reader's and operator's HTML site: routes, page controllers, view models for the jte templates, and caching. */
@NullMarked
package org.broadsheet.web;

import org.jspecify.annotations.NullMarked;
