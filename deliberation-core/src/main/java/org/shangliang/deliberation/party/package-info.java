/**
 * Parties to a deliberation (协商主体) and the party list (协商主体清单): who deliberates, of what kind,
 * representing which unit, with which weight.
 *
 * <p>Source: DOMAIN.md, Jinan "the three ones" (party list), seeds/003.
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.party;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
