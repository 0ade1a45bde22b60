/**
 * The vocabulary of validation reports: rule codes, severities, paths, violations, the report, and the
 * messages that render a violation in zh-CN or English. Violations carry no text; text is rendered at
 * the edge by {@link org.shangliang.deliberation.validation.Messages}. The rules themselves and the
 * validator are in {@code org.shangliang.deliberation.rules}.
 */
@ModelStyle
@NullMarked
package org.shangliang.deliberation.validation;

import org.jspecify.annotations.NullMarked;
import org.shangliang.deliberation.internal.ModelStyle;
