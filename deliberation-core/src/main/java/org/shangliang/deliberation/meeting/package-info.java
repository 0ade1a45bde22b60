/**
 * Meetings (协商会议) and their records: the seven stages (七定: sign-in, explain the topic, introduce
 * the parties, read the rules, discussion, form the result, publicise the result), attendance,
 * speaking turns, declared conflicts of interest, the vote, the result and its publicity.
 *
 * <p>Source: DOMAIN.md, Jinan "七定", "procedure and chair" and "三事"; Bishan courtyard meetings,
 * seeds/002 and seeds/003.
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.meeting;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
