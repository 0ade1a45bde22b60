/**
 * The deliberation (协商), the aggregate root of a record: its topic, party list, deliberating unit,
 * admission, planned meeting date, meetings, and the steps of its plan (五步 / 集议办督评).
 *
 * <p>Source: DOMAIN.md, Jinan "admission of a topic" and "五步", seeds/003.
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.process;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
