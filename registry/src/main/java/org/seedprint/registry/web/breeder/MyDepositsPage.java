package org.seedprint.registry.web.breeder;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.audit.AuditEvents;
import org.seedprint.registry.cases.CaseGrants;
import org.seedprint.registry.deposits.AttachmentFile;
import org.seedprint.registry.deposits.Deposit;
import org.seedprint.registry.deposits.DepositRequest;
import org.seedprint.registry.deposits.DepositService;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.platform.DomainException.Forbidden;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.varieties.VarietyService;
import org.seedprint.registry.web.Bilingual;
import org.seedprint.registry.web.CropNames;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** My organisation's deposits: the list, the full deposit form, and one deposit with its certificates and readers. */
@Controller
class MyDepositsPage {

    private final DepositService deposits;
    private final VarietyService varieties;
    private final CaseGrants grants;
    private final AuditEvents audit;
    private final CropNames crops;
    private final CurrentUsers users;
    private final Validator validator;

    MyDepositsPage(
            DepositService deposits,
            VarietyService varieties,
            CaseGrants grants,
            AuditEvents audit,
            CropNames crops,
            CurrentUsers users,
            Validator validator) {
        this.deposits = deposits;
        this.varieties = varieties;
        this.grants = grants;
        this.audit = audit;
        this.crops = crops;
        this.users = users;
        this.validator = validator;
    }

    @GetMapping("/my/deposits")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute(
                "deposits", deposits.ofOrganisation(Organisations.own(users), PageRequest.of(Math.max(0, page), 50)));
        return "breeder/deposits";
    }

    @GetMapping("/my/deposits/new")
    String depositForm(Model model) {
        return form(model, DepositForm.empty());
    }

    @PostMapping(path = "/my/deposits/new", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String deposit(
            @ModelAttribute DepositForm form,
            @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> files,
            Model model) {
        try {
            DepositRequest request = form.request();
            List<ConstraintViolation<DepositRequest>> problems = validator.validate(request).stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .toList();
            if (!problems.isEmpty()) {
                ConstraintViolation<DepositRequest> first = problems.getFirst();
                String field = first.getPropertyPath().toString();
                throw new Invalid(field, field + ": " + first.getMessage());
            }
            List<AttachmentFile> attachments = files == null
                    ? List.of()
                    : files.stream()
                            .filter(f -> !f.isEmpty())
                            .map(f -> new AttachmentFile(f.getOriginalFilename(), f.getContentType(), f))
                            .toList();
            Deposit d = deposits.deposit(request, users.require(), attachments);
            return "redirect:/my/deposits/" + d.id() + "?new";
        } catch (DomainException e) {
            model.addAttribute("error", Bilingual.of(e));
            return form(model, form);
        }
    }

    @GetMapping("/my/deposits/{id}")
    String deposit(@PathVariable UUID id, Model model) {
        Deposit d = deposits.find(id).orElseThrow(() -> new NotFound("deposit " + id));
        if (d.organisationId() == null || d.organisationId() != Organisations.own(users)) {
            throw new Forbidden("deposit " + id + " is another organisation's");
        }
        model.addAttribute("d", d);
        model.addAttribute(
                "grants",
                grants.forOwnDeposits().stream()
                        .filter(g -> g.depositId().equals(id))
                        .toList());
        model.addAttribute("reads", audit.sealedAccesses(id));
        return "breeder/deposit";
    }

    private String form(Model model, DepositForm form) {
        model.addAttribute("form", form);
        model.addAttribute("crops", crops.all());
        model.addAttribute(
                "myVarieties",
                varieties
                        .ownedBy(Organisations.own(users), PageRequest.of(0, 500, Sort.by("id")))
                        .getContent());
        return "breeder/deposit-form";
    }
}
