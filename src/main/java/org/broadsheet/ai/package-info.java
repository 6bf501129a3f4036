/**
 * Language understanding that runs in-process and offline: sentence embeddings from the bundled MiniLM model, and the
 * features built on them.
 */
@NullMarked
package org.broadsheet.ai;

import org.jspecify.annotations.NullMarked;
