/**
 * Shangliang (商量): a reference model of grassroots community deliberation (基层协商议事).
 *
 * <p>The root package holds what every other package shares: {@link
 * org.shangliang.deliberation.InvalidModelException} for malformed values and {@link
 * org.shangliang.deliberation.LocalizedText} and {@link org.shangliang.deliberation.Labelled} for names
 * given in Chinese and English.
 *
 * <p>The model bounds what it accepts, so that nothing built from it can overflow, fail to render or
 * hide a character: identifiers are 1 to 128 code points, each a letter, mark, number, punctuation or
 * symbol (no space, control or format character, lone surrogate, private-use or unassigned code
 * point); decimals have at most 15 digits before the point and 6 after (the totals of a tally at
 * most 25 before it); instants lie in the years 1 to 9999 UTC and dates in the years 1 to 9999; a
 * profile's time windows are 1 second to 36,500 days. A value outside these bounds is refused with an
 * {@link org.shangliang.deliberation.InvalidModelException} naming its field.
 */
@NullMarked
package org.shangliang.deliberation;

import org.jspecify.annotations.NullMarked;
