/** Implementation support shared by the model packages; not exported. */
@NullMarked
package org.shangliang.deliberation.internal;

import org.jspecify.annotations.NullMarked;
