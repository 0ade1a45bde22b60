/**
 * Meetings (协商会议) and their records: the seven stages (七定: sign-in, explain the topic, introduce
 * the parties, read the rules, discussion, form the result, publicise the result), attendance,
 * speaking turns, declared conflicts of interest, the vote, the result and its publicity.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 七定 and 三事; Bishan 2024 (seminar report, undated),
 * courtyard meetings; docs/domain.md "Meetings and the seven stages", "Procedure and chair" and
 * "Matter sizes and timing".
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.meeting;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
