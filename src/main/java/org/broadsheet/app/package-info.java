/** The command line and the wiring: configuration, the one place that creates objects, and the CLI commands. */
@NullMarked
package org.broadsheet.app;

import org.jspecify.annotations.NullMarked;
