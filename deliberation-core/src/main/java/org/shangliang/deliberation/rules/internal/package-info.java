/** The built-in rules; not exported. Reach them through {@code Validator.builtInRules()}. */
@NullMarked
package org.shangliang.deliberation.rules.internal;

import org.jspecify.annotations.NullMarked;
