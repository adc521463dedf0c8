/** The administrator's workspace: crops and thresholds, panels, accounts, keys and the audits. */
@NullMarked
package org.seedprint.registry.web.admin;

import org.jspecify.annotations.NullMarked;
