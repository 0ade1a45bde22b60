/**
 * Topics (协商事项), their size (三事: major, minor, urgent), source and facts, and the topic catalogue
 * (协商事项目录) of categories and ledger entries (台账).
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); docs/domain.md "Topic catalogue", "Admission of a topic"
 * and "Matter sizes and timing".
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.topic;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
