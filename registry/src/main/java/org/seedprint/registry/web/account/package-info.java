/** Every signed-in user's own account: API tokens. */
@NullMarked
package org.seedprint.registry.web.account;

import org.jspecify.annotations.NullMarked;
