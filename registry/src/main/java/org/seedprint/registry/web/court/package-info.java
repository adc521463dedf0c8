/** The court's workspace: my cases, their grants, the evidence bundle and the audit trail of a case. */
@NullMarked
package org.seedprint.registry.web.court;

import org.jspecify.annotations.NullMarked;
