package org.seedprint.registry.cases;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseGrantRepository extends JpaRepository<CaseGrant, Long> {

    @Query("""
            select g from CaseGrant g
            where g.depositId = :depositId and g.revokedAt is null
              and g.granteeOrganisationId = :granteeOrganisationId
            order by g.grantedAt""")
    List<CaseGrant> findActive(UUID depositId, long granteeOrganisationId);

    List<CaseGrant> findByCourtCaseIdOrderByGrantedAt(long caseId);

    List<CaseGrant> findByDepositorOrganisationIdOrderByGrantedAtDesc(long depositorOrganisationId);
}
