/**
 * The examiner's pages: the applications list, an application with its hits, the differing-locus
 * picture, the decision, countersignature and reopening forms; the batch upload with its progress,
 * summary and similarity heatmap. All through the examination area's public services.
 */
@NullMarked
package org.seedprint.registry.web.examination;

import org.jspecify.annotations.NullMarked;
