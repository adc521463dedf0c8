package org.seedprint.registry.web.sharing;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.ProblemStatus;
import org.seedprint.registry.sharing.AgreementState;
import org.seedprint.registry.sharing.AgreementView;
import org.seedprint.registry.sharing.Agreements;
import org.seedprint.registry.web.Bilingual;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organisation's agreements, and one agreement: its terms, the digest a party accepts
 * (click-wrap: the form carries the digest of the terms shown), the acceptances, and once both
 * parties accepted the certificate downloads.
 */
@Controller
class AgreementPages {

    private final Agreements agreements;
    private final CurrentUsers users;

    AgreementPages(Agreements agreements, CurrentUsers users) {
        this.agreements = agreements;
        this.users = users;
    }

    @GetMapping("/sharing/agreements")
    String list(Model model) {
        model.addAttribute("agreements", agreements.ofOwnOrganisation());
        return "sharing/agreements";
    }

    @GetMapping("/sharing/agreements/{id}")
    String agreement(@PathVariable String id, Model model) {
        AgreementView a = agreements.find(id(id));
        long org = Fields.organisation(users);
        model.addAttribute("a", a);
        model.addAttribute("provider", a.providerOrganisationId() == org);
        model.addAttribute("mayAccept", a.state() == AgreementState.DRAFT && !a.acceptedBy(org));
        return "sharing/agreement";
    }

    @PostMapping("/sharing/agreements/{id}/accept")
    String accept(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String termsSha256,
            Model model,
            HttpServletResponse response) {
        try {
            agreements.accept(id(id), Fields.required("termsSha256", termsSha256));
            return "redirect:/sharing/agreements/" + id + "?accepted";
        } catch (DomainException e) {
            if (e instanceof NotFound) throw e;
            response.setStatus(ProblemStatus.of(e).value());
            model.addAttribute("error", Bilingual.of(e));
            return agreement(id, model);
        }
    }

    /** A malformed id is no agreement: 404, as for anyone who is not a party. */
    private static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("agreement " + id);
        }
    }
}
