/**
 * The deliberation (协商), the aggregate root of a record: its topic, party list, deliberating unit,
 * admission, planned meeting date, meetings, and the steps of its plan (五步 / 集议办督评).
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); docs/domain.md "Admission of a topic", "Steps" and
 * "Event history".
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.process;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
