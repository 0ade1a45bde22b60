/**
 * Parties to a deliberation (协商主体) and the party list (协商主体清单): who deliberates, of what kind,
 * representing which unit, with which weight.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 三个一: 协商主体清单; docs/domain.md "Party list".
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.party;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
