/**
 * What several features know about news text in English, German and French, written once: which capitalised words
 * name someone or something, and which words are function words that carry no subject.
 */
@NullMarked
package org.broadsheet.text;

import org.jspecify.annotations.NullMarked;
