/**
 * Administrative units and their tree (the jurisdiction): courtyard or building (楼院/院坝), grid (网格),
 * community or village (社区/村), sub-district or town (街道/镇), district or county (区/县), city (市).
 *
 * <p>Source: DOMAIN.md, Jinan "tiered, regular meetings" (six linked levels), seeds/003.
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.unit;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
