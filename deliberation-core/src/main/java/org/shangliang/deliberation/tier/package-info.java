/**
 * Tiered, regular meetings (分层定期协商): each tier's deliberating body, convener, cadence, powers and
 * escalation; and the caller's work calendar that cadences fall on.
 *
 * <p>Source: DOMAIN.md, Jinan "tiered, regular meetings", seeds/003.
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.tier;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
