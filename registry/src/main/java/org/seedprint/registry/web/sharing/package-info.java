/**
 * The benefit-sharing pages: the public catalogue, offers, access requests with their timeline,
 * agreements with click-wrap acceptance and certificates, claim notices and the inbox; all through
 * the sharing area's public services.
 */
@NullMarked
package org.seedprint.registry.web.sharing;

import org.jspecify.annotations.NullMarked;
