/**
 * Decision rules with exact thresholds: consensus, simple majority, supermajority p/q (strict or not)
 * over an explicit base, double thresholds on headcount and weight (the shape of owners' decisions on
 * common parts), and votes restricted to one party kind. Every decision carries the tally and the
 * comparisons that prove it; arithmetic is exact (integers and {@link java.math.BigDecimal},
 * comparisons by cross-multiplication), never floating point.
 *
 * <p>Source: DOMAIN.md, Jinan "七定" (form the result) and "other variants" (Shenzhen Futian's deputy
 * vote); DESIGN.md §7.
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.decision;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
