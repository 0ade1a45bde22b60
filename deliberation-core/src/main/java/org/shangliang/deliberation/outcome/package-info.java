/**
 * Outcomes and accountability (结果分流分类办理): the four outcome kinds — immediate (即办), shelved (搁置),
 * committed (承诺), recommendation (建议) — and their classification from recorded facts; the duties each
 * kind brings (responsible party, measures, deadline); supervision before, during and after;
 * publicity of progress; revisits and appraisal; escalation to a higher tier; and 12345 hotline
 * cases. The classes of cases that recur (每月一题) are a query, in {@code
 * org.shangliang.deliberation.query}.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); Haidian 2025 (人民日报, 2025-09-10) (督 and 评); Beijing 2021
 * (光明日报, 2021-10-25) (接诉即办 and 每月一题); docs/domain.md "Outcome kinds" to "The 12345
 * hotline".
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.outcome;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
