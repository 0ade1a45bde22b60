/**
 * Decision rules with exact thresholds: consensus, simple majority, supermajority p/q (strict or not)
 * over an explicit base, double thresholds on headcount and weight (the shape of owners' decisions on
 * common parts), and votes restricted to one party kind. Every decision carries the tally and the
 * comparisons that prove it; arithmetic is exact (integers and {@link java.math.BigDecimal},
 * comparisons by cross-multiplication), never floating point.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 七定 (form the result); Reform 2025 (中国党政干部论坛, 2025-05-21)
 * (Shenzhen Futian's deputy vote); docs/domain.md "Decisions and votes". The thresholds are the
 * library's: the articles give none.
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.decision;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
