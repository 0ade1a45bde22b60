/**
 * The rules of a profile and the {@link org.shangliang.deliberation.rules.Validator} that runs them on
 * a deliberation record. Built-in rules have stable codes ({@link
 * org.shangliang.deliberation.rules.RuleCodes}); a user adds rules of their own by implementing {@link
 * org.shangliang.deliberation.rules.Rule}.
 */
@NullMarked
package org.shangliang.deliberation.rules;

import org.jspecify.annotations.NullMarked;
