package org.seedprint.registry.web.sharing;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.ProblemStatus;
import org.seedprint.registry.sharing.AgreementState;
import org.seedprint.registry.sharing.AgreementView;
import org.seedprint.registry.sharing.Agreements;
import org.seedprint.registry.sharing.ClaimState;
import org.seedprint.registry.sharing.ClaimView;
import org.seedprint.registry.sharing.Claims;
import org.seedprint.registry.web.Bilingual;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Claim notices raised for the organisation and against its candidates; the owner claims, dismisses, settles or disputes. */
@Controller
class ClaimPages {

    private final Claims claims;
    private final Agreements agreements;
    private final CurrentUsers users;

    ClaimPages(Claims claims, Agreements agreements, CurrentUsers users) {
        this.claims = claims;
        this.agreements = agreements;
        this.users = users;
    }

    @GetMapping("/sharing/claims")
    String list(Model model) {
        model.addAttribute("owned", claims.list(true));
        model.addAttribute("against", claims.list(false));
        return "sharing/claims";
    }

    @GetMapping("/sharing/claims/{id}")
    String claim(@PathVariable long id, Model model) {
        ClaimView c = claims.find(id);
        boolean owner = c.ownerOrganisationId() == Fields.organisation(users);
        model.addAttribute("c", c);
        model.addAttribute("owner", owner);
        model.addAttribute("mayClaim", owner && c.state() == ClaimState.NOTIFIED);
        model.addAttribute("maySettle", owner && c.state() == ClaimState.CLAIMED);
        // the agreements a settlement may name: accepted, the owner providing to the applicant
        List<AgreementView> settling = owner && c.state() == ClaimState.CLAIMED
                ? agreements.ofOwnOrganisation().stream()
                        .filter(a -> a.state() == AgreementState.ACCEPTED
                                && a.providerOrganisationId() == c.ownerOrganisationId()
                                && Long.valueOf(a.recipientOrganisationId()).equals(c.applicantOrganisationId()))
                        .toList()
                : List.of();
        model.addAttribute("settling", settling);
        return "sharing/claim";
    }

    @PostMapping("/sharing/claims/{id}/{action}")
    String act(
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable String agreementId,
            @RequestParam(required = false) @Nullable String caseReference,
            Model model,
            HttpServletResponse response) {
        try {
            String text = Fields.blank(note);
            if (text != null && text.length() > 2000) throw new Invalid("note", "note: at most 2000 characters");
            switch (action) {
                case "claim" -> claims.claim(id, text);
                case "dismiss" -> claims.dismiss(id, text);
                case "settle" -> claims.settle(id, Fields.uuid("agreementId", agreementId));
                case "dispute" -> {
                    String ref = Fields.blank(caseReference);
                    if (ref != null && ref.length() > 128) {
                        throw new Invalid("caseReference", "caseReference: at most 128 characters");
                    }
                    claims.dispute(id, ref);
                }
                default -> throw new NotFound("no step '" + action + "' of a claim");
            }
            return "redirect:/sharing/claims/" + id + "?done=" + action;
        } catch (DomainException e) {
            if (e instanceof NotFound) throw e;
            response.setStatus(ProblemStatus.of(e).value());
            model.addAttribute("error", Bilingual.of(e));
            return claim(id, model);
        }
    }
}
