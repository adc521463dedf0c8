package org.seedprint.registry.web.sharing;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.deposits.Deposit;
import org.seedprint.registry.deposits.DepositService;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.platform.DomainException.Forbidden;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.PageResponse;
import org.seedprint.registry.platform.ProblemStatus;
import org.seedprint.registry.search.MaterialCatalogue;
import org.seedprint.registry.sharing.AccessRequests;
import org.seedprint.registry.sharing.NewRequest;
import org.seedprint.registry.sharing.OfferView;
import org.seedprint.registry.sharing.Offers;
import org.seedprint.registry.sharing.RequestView;
import org.seedprint.registry.sharing.SharingUse;
import org.seedprint.registry.web.Bilingual;
import org.seedprint.registry.web.CropNames;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public catalogue of offered material, one offer with its request form, and the offer form on a deposit. */
@Controller
class CataloguePages {

    /** The request form as the browser sends it. */
    public record RequestForm(
            @Nullable String intendedUse,
            @Nullable String quantity,
            @Nullable String purpose,
            @Nullable Boolean sealedAccess) {

        NewRequest request() {
            SharingUse use = Fields.use("intendedUse", intendedUse);
            if (use == null) throw new Invalid("intendedUse", "intendedUse: required");
            return new NewRequest(
                    use,
                    Fields.blank(quantity),
                    Fields.required("purpose", purpose),
                    Boolean.TRUE.equals(sealedAccess));
        }
    }

    private final Offers offers;
    private final AccessRequests requests;
    private final DepositService deposits;
    private final CropNames crops;
    private final CurrentUsers users;
    private final Validator validator;

    CataloguePages(
            Offers offers,
            AccessRequests requests,
            DepositService deposits,
            CropNames crops,
            CurrentUsers users,
            Validator validator) {
        this.offers = offers;
        this.requests = requests;
        this.deposits = deposits;
        this.crops = crops;
        this.users = users;
        this.validator = validator;
    }

    @GetMapping("/sharing")
    String catalogue(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String crop,
            @RequestParam(required = false) @Nullable String use,
            @RequestParam(required = false) @Nullable Long owner,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String chosenCrop = Fields.blank(crop);
        SharingUse chosenUse = Fields.use("use", use);
        PageResponse<OfferView> found = offers.catalogue(
                Fields.blank(q),
                new MaterialCatalogue.Filters(chosenCrop, chosenUse == null ? null : chosenUse.name(), owner),
                PageRequest.of(Math.max(0, page), 50));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("crop", chosenCrop);
        model.addAttribute("use", chosenUse);
        model.addAttribute("owner", owner);
        model.addAttribute("offers", found);
        model.addAttribute("crops", crops.all());
        model.addAttribute("uses", SharingUse.values());
        return "sharing/catalogue";
    }

    @GetMapping("/sharing/offers/{id}")
    String offer(@PathVariable long id, Model model) {
        return offerPage(id, model, new RequestForm(null, null, null, null));
    }

    @PostMapping("/sharing/offers/{id}/request")
    String request(@PathVariable long id, @ModelAttribute RequestForm form, Model model, HttpServletResponse response) {
        try {
            RequestView r = requests.request(id, Fields.valid(validator, form.request()));
            return "redirect:/sharing/requests/" + r.id() + "?new";
        } catch (DomainException e) {
            response.setStatus(ProblemStatus.of(e).value());
            model.addAttribute("error", Bilingual.of(e));
            return offerPage(id, model, form);
        }
    }

    @PostMapping("/sharing/offers/{id}/withdraw")
    String withdraw(@PathVariable long id) {
        offers.withdraw(id);
        return "redirect:/sharing/offers/" + id + "?withdrawn";
    }

    @GetMapping("/my/deposits/{id}/offer")
    String offerForm(@PathVariable UUID id, Model model) {
        return offerForm(ownDeposit(id), model, OfferForm.empty());
    }

    @PostMapping("/my/deposits/{id}/offer")
    String offer(@PathVariable UUID id, @ModelAttribute OfferForm form, Model model, HttpServletResponse response) {
        Deposit d = ownDeposit(id);
        try {
            OfferView o = offers.offer(Fields.valid(validator, form.offer(id)));
            return "redirect:/sharing/offers/" + o.id() + "?new";
        } catch (DomainException e) {
            response.setStatus(ProblemStatus.of(e).value());
            model.addAttribute("error", Bilingual.of(e));
            return offerForm(d, model, form);
        }
    }

    private String offerPage(long id, Model model, RequestForm form) {
        OfferView o = offers.find(id);
        model.addAttribute("o", o);
        model.addAttribute(
                "mine",
                users.current()
                        .map(u -> u.organisationId())
                        .filter(m -> m == o.ownerOrganisationId())
                        .isPresent());
        model.addAttribute("form", form);
        return "sharing/offer";
    }

    private String offerForm(Deposit d, Model model, OfferForm form) {
        model.addAttribute("d", d);
        model.addAttribute("form", form);
        model.addAttribute("uses", SharingUse.values());
        return "sharing/offer-form";
    }

    private Deposit ownDeposit(UUID id) {
        Deposit d = deposits.find(id).orElseThrow(() -> new NotFound("deposit " + id));
        Long mine = users.require().organisationId();
        if (d.organisationId() == null || !d.organisationId().equals(mine)) {
            throw new Forbidden("deposit " + id + " is another organisation's: only its depositor offers it");
        }
        return d;
    }
}
