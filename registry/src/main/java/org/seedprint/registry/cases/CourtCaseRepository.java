package org.seedprint.registry.cases;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourtCaseRepository extends JpaRepository<CourtCase, Long> {
    List<CourtCase> findByCourtOrganisationIdOrderByOpenedAtDesc(long courtOrganisationId);

    boolean existsByCourtOrganisationIdAndCaseNumber(long courtOrganisationId, String caseNumber);
}
