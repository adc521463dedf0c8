package org.seedprint.registry.web.breeder;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.audit.AuditEvents;
import org.seedprint.registry.cases.CaseGrants;
import org.seedprint.registry.deposits.DepositService;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.web.Bilingual;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Who may read my organisation's sealed deposits (grants by consent and by court order, in force
 * and revoked) and who did read them, refused reads included. The breeder consents to a case's
 * court reading a deposit, and revokes a grant, from here.
 */
@Controller
class MyGrantsPage {

    private final CaseGrants grants;
    private final DepositService deposits;
    private final AuditEvents audit;
    private final CurrentUsers users;

    MyGrantsPage(CaseGrants grants, DepositService deposits, AuditEvents audit, CurrentUsers users) {
        this.grants = grants;
        this.deposits = deposits;
        this.audit = audit;
        this.users = users;
    }

    @GetMapping("/my/grants")
    String page(Model model) {
        return page(model, null);
    }

    @PostMapping("/my/grants/consent")
    String consent(@RequestParam @Nullable Long caseId, @RequestParam @Nullable String depositId, Model model) {
        try {
            if (caseId == null) throw new Invalid("caseId", "caseId: name the case whose court may read");
            UUID id = uuid(depositId);
            // CaseGrants refuses an unknown deposit (404) and another organisation's (403)
            grants.grantByConsent(caseId, id);
            return "redirect:/my/grants?consented=" + id;
        } catch (DomainException e) {
            return page(model, Bilingual.of(e));
        }
    }

    @PostMapping("/my/grants/{id}/revoke")
    String revoke(@PathVariable long id) {
        grants.revoke(id);
        return "redirect:/my/grants?revoked=" + id;
    }

    private String page(Model model, @Nullable String error) {
        long mine = Organisations.own(users);
        model.addAttribute("grants", grants.forOwnDeposits());
        model.addAttribute(
                "reads", audit.sealedAccesses(mine, PageRequest.of(0, 100)).events());
        model.addAttribute("deposits", deposits.ofOrganisation(mine, PageRequest.of(0, 200)));
        model.addAttribute("error", error);
        return "breeder/grants";
    }

    private static UUID uuid(@Nullable String value) {
        try {
            if (value == null) throw new IllegalArgumentException("absent");
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new Invalid("depositId", "depositId: '" + value + "' is not a deposit id");
        }
    }
}
