/**
 * Topics (协商事项), their size (三事: major, minor, urgent), source and facts, and the topic catalogue
 * (协商事项目录) of categories and ledger entries (台账).
 *
 * <p>Source: DOMAIN.md, Jinan "the three ones", "admission of a topic" and "三事", seeds/003.
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.topic;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
