/**
 * Administrative units and their tree (the jurisdiction): courtyard or building (楼院/院坝), grid (网格),
 * community or village (社区/村), sub-district or town (街道/镇), district or county (区/县), city (市).
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13) (six linked levels); docs/domain.md "Units".
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.unit;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
