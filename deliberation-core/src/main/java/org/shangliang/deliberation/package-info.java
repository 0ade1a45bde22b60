/**
 * Shangliang (商量): a reference model of grassroots community deliberation (基层协商议事).
 *
 * <p>The root package holds what every other package shares: {@link
 * org.shangliang.deliberation.InvalidModelException} for malformed values and {@link
 * org.shangliang.deliberation.LocalizedText} and {@link org.shangliang.deliberation.Labelled} for names
 * given in Chinese and English.
 */
@NullMarked
package org.shangliang.deliberation;

import org.jspecify.annotations.NullMarked;
