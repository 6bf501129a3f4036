/**
 * Stories: coverage of one news event gathered across outlets and languages. Articles join the best matching recent
 * story as they arrive (embedding similarity plus shared names, places and numbers), a periodic pass merges stories
 * that converged and splits ones that drifted, and syndicated copies of one wire text are recognised as
 * near-duplicates. The clustering core is a pure library ({@link org.broadsheet.story.StoryClusterer}); {@link
 * org.broadsheet.story.StoryService} runs it over the stored articles.
 */
@NullMarked
package org.broadsheet.story;

import org.jspecify.annotations.NullMarked;
