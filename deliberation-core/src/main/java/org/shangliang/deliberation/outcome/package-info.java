/**
 * Outcomes and accountability (结果分流分类办理): the four outcome kinds — immediate (即办), shelved (搁置),
 * committed (承诺), recommendation (建议) — and their classification from recorded facts; the duties each
 * kind brings (responsible party, measures, deadline); supervision before, during and after;
 * publicity of progress; revisits and appraisal; escalation to a higher tier; 12345 hotline cases;
 * and recurring classes of topics (每月一题).
 *
 * <p>Source: DOMAIN.md, Jinan "four outcome kinds" and "after the result" (seeds/003); Haidian 督 and
 * 评 (seeds/000); Beijing 接诉即办 and 每月一题 (seeds/001).
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.outcome;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
