/** The one HTML sanitising policy for everything Broadsheet shows: feed content and extracted articles alike. */
@NullMarked
package org.broadsheet.sanitize;

import org.jspecify.annotations.NullMarked;
