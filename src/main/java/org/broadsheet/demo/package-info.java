/**
 * The bundled demo corpus of fictional outlets and the loopback HTTP server that serves its feeds, pages and images
 * for {@code broadsheet serve --demo}.
 */
@NullMarked
package org.broadsheet.demo;

import org.jspecify.annotations.NullMarked;
