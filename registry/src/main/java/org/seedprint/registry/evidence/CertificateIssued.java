package org.seedprint.registry.evidence;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A certificate of an evidence document was handed out, published in the request that asked for
 * it (the audit area records it with that request's user and address).
 *
 * @param kind                the document's kind, e.g. {@code deposit}
 * @param ownerOrganisationId the organisation the document belongs to, if any
 * @param format              {@code json}, {@code p7s}, {@code tsr} or {@code pdf}
 */
public record CertificateIssued(
        String kind, UUID id, @Nullable Long ownerOrganisationId, String format) {}
