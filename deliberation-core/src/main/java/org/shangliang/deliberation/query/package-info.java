/**
 * Queries over collections of topics and records, at an instant: the classes of cases that recur
 * (每月一题, {@link org.shangliang.deliberation.query.RecurringIssues}) and Haidian's four libraries
 * (商量库, 经验库, 痛点库, 骨干库, {@link org.shangliang.deliberation.query.Libraries}). Every criterion is a
 * setting with a marked default; every result is immutable and in a documented, deterministic order.
 *
 * <p>Source: Beijing 2021 (光明日报, 2021-10-25) (每月一题); Haidian 2025 (人民日报, 2025-09-10) (the four
 * libraries); docs/domain.md "Recurring classes of cases" and "The four libraries".
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.query;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
