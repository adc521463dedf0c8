/** The breeder's workspace: my organisation's varieties, deposits, and who may read them. */
@NullMarked
package org.seedprint.registry.web.breeder;

import org.jspecify.annotations.NullMarked;
