package org.seedprint.registry.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Court cases, their attachments and grants (court orders by the court, consent by the depositor). */
@RestController
@RequestMapping("/api/v1")
class CaseController {

    record NewCase(
            @NotBlank @Size(max = 256) String courtName,
            @NotBlank @Size(max = 128) String caseNumber,
            @NotBlank @Size(max = 4_000) String parties) {}

    record DepositRef(@NotNull UUID depositId) {}

    record VarietyRef(@NotNull Long varietyId) {}

    /** A court order, with its reference; the depositor is the deposit's own. */
    record CourtOrder(@NotNull UUID depositId, @NotBlank String reference) {}

    private final CourtCases cases;
    private final CaseGrants grants;

    CaseController(CourtCases cases, CaseGrants grants) {
        this.cases = cases;
        this.grants = grants;
    }

    @PostMapping("/cases")
    @ResponseStatus(HttpStatus.CREATED)
    CaseView open(@Valid @RequestBody NewCase c) {
        return cases.open(c.courtName(), c.caseNumber(), c.parties());
    }

    @GetMapping("/cases")
    List<CaseView> list() {
        return cases.listOwn();
    }

    @GetMapping("/cases/{id}")
    CaseView find(@PathVariable long id) {
        return cases.find(id);
    }

    @PostMapping("/cases/{id}/deposits")
    CaseView attachDeposit(@PathVariable long id, @Valid @RequestBody DepositRef ref) {
        return cases.attachDeposit(id, ref.depositId());
    }

    @PostMapping("/cases/{id}/varieties")
    CaseView attachVariety(@PathVariable long id, @Valid @RequestBody VarietyRef ref) {
        return cases.attachVariety(id, ref.varietyId());
    }

    @GetMapping("/cases/{id}/grants")
    List<Grant> grants(@PathVariable long id) {
        return grants.forCase(id);
    }

    @PostMapping("/cases/{id}/grants")
    @ResponseStatus(HttpStatus.CREATED)
    Grant order(@PathVariable long id, @Valid @RequestBody CourtOrder order) {
        return grants.grantByCourtOrder(id, order.depositId(), order.reference());
    }

    /** The depositor consents that the court of this case (which attached the deposit) reads it. */
    @PostMapping("/cases/{id}/consents")
    @ResponseStatus(HttpStatus.CREATED)
    Grant consent(@PathVariable long id, @Valid @RequestBody DepositRef ref) {
        return grants.grantByConsent(id, ref.depositId());
    }

    /** Grants on the current breeder's deposits. */
    @GetMapping("/grants")
    List<Grant> ownDepositGrants() {
        return grants.forOwnDeposits();
    }

    @DeleteMapping("/grants/{id}")
    Grant revoke(@PathVariable long id) {
        return grants.revoke(id);
    }
}
