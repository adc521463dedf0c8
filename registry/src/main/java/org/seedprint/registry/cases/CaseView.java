package org.seedprint.registry.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A court case as the API shows it. */
public record CaseView(
        long id,
        long courtOrganisationId,
        String courtName,
        String caseNumber,
        String parties,
        String openedBy,
        Instant openedAt,
        List<UUID> depositIds,
        List<Long> varietyIds) {}
