/**
 * Similar past cases (Sichuan's "rules engine", 规则引擎): given a new topic, the past deliberations
 * ranked by how alike they are — catalogue entry, category, matter size, distance in the unit tree and
 * the words of the title — with a preference for the cases that ended well, and for each result an
 * explanation of which features matched and what each contributed. A query, not a rule: it reports no
 * violation.
 *
 * <p>Entry point: {@link org.shangliang.deliberation.similar.SimilarCases}; its weights and result
 * count are a {@link org.shangliang.deliberation.similar.SimilaritySettings}.
 *
 * <p>Source: Reform 2025 (中国党政干部论坛, 2025-05-21), 四川省…开发基层治理"规则引擎"…快速匹配和推荐…实践案例;
 * docs/domain.md "Similar past cases".
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.similar;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
