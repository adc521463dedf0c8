package org.seedprint.registry.web.breeder;

import java.util.Map;
import java.util.Optional;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.audit.AuditEvents;
import org.seedprint.registry.cases.CaseGrants;
import org.seedprint.registry.deposits.DepositService;
import org.seedprint.registry.varieties.VarietyService;
import org.seedprint.registry.web.HomeSection;
import org.seedprint.registry.web.HomeSections;
import org.seedprint.registry.web.Viewer;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** A breeder's home page: the latest deposits, the varieties, the grants in force and the latest reads. */
@Component
class BreederHome implements HomeSections {

    private final DepositService deposits;
    private final VarietyService varieties;
    private final CaseGrants grants;
    private final AuditEvents audit;
    private final CurrentUsers users;

    BreederHome(
            DepositService deposits,
            VarietyService varieties,
            CaseGrants grants,
            AuditEvents audit,
            CurrentUsers users) {
        this.deposits = deposits;
        this.varieties = varieties;
        this.grants = grants;
        this.audit = audit;
        this.users = users;
    }

    @Override
    public Optional<HomeSection> section(Viewer me) {
        if (!me.may("GET", "/my/deposits")) return Optional.empty();
        Long organisation = users.current().map(CurrentUser::organisationId).orElse(null);
        if (organisation == null) return Optional.empty();
        long mine = organisation;
        return Optional.of(new HomeSection(
                200,
                "breeder/home",
                Map.of(
                        "deposits", deposits.ofOrganisation(mine, PageRequest.of(0, 5)),
                        "varieties", varieties.ownedBy(mine, PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC, "id"))),
                        "grants",
                                grants.forOwnDeposits().stream()
                                        .filter(g -> g.revokedAt() == null)
                                        .toList(),
                        "reads",
                                audit.sealedAccesses(mine, PageRequest.of(0, 5)).events())));
    }
}
