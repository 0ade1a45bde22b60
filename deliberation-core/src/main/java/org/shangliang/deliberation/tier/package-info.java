/**
 * Tiered, regular meetings (分层定期协商): each tier's deliberating body, convener, cadence, powers and
 * escalation; and the caller's work calendar that cadences fall on.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 三个一: 分层定期协商机制; docs/domain.md "Tiers and regular
 * meetings".
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.tier;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
