/**
 * The deliberation (协商), the aggregate root of a record: its topic, party list, deliberating unit,
 * admission, planned meeting date, meetings, the steps of its plan (五步 / 集议办督评), and the risk
 * assessment before a major decision (重大决策风险评估, {@code RiskAssessment}).
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); Reform 2025 (中国党政干部论坛, 2025-05-21) for the risk
 * assessment; docs/domain.md "Admission of a topic", "Steps", "Event history" and "Risk assessment
 * before a major decision".
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.process;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
