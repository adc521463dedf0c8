package org.seedprint.registry.web.sharing;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.ProblemStatus;
import org.seedprint.registry.sharing.AccessRequests;
import org.seedprint.registry.sharing.Approval;
import org.seedprint.registry.sharing.RequestState;
import org.seedprint.registry.sharing.RequestView;
import org.seedprint.registry.sharing.Shipment;
import org.seedprint.registry.web.Bilingual;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Access requests both ways, and one request with its timeline and the steps its viewer may take.
 * Which side may take which step is the service's rule; the page offers only those and shows a
 * refusal on the request's own page.
 */
@Controller
class RequestPages {

    private final AccessRequests requests;
    private final CurrentUsers users;
    private final Validator validator;

    RequestPages(AccessRequests requests, CurrentUsers users, Validator validator) {
        this.requests = requests;
        this.users = users;
        this.validator = validator;
    }

    @GetMapping("/sharing/requests")
    String list(Model model) {
        model.addAttribute("incoming", requests.all(true));
        model.addAttribute("outgoing", requests.all(false));
        return "sharing/requests";
    }

    @GetMapping("/sharing/requests/{id}")
    String request(@PathVariable long id, Model model) {
        RequestView r = requests.find(id);
        long org = Fields.organisation(users);
        boolean owner = r.ownerOrganisationId() == org;
        boolean requester = r.requesterOrganisationId() == org;
        model.addAttribute("r", r);
        model.addAttribute("owner", owner);
        model.addAttribute("mayApprove", owner && r.state() == RequestState.REQUESTED);
        model.addAttribute("mayWithdraw", requester && r.state() == RequestState.REQUESTED);
        model.addAttribute("mayShip", owner && r.state() == RequestState.AGREED);
        model.addAttribute("mayClose", r.state() == RequestState.FULFILLED);
        return "sharing/request";
    }

    @PostMapping("/sharing/requests/{id}/{action}")
    String act(
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable String sampleId,
            @RequestParam(required = false) @Nullable String quantity,
            @RequestParam(required = false) @Nullable String shippedOn,
            Model model,
            HttpServletResponse response) {
        try {
            String text = Fields.blank(note);
            if (text != null && text.length() > 2000) {
                throw new DomainException.Invalid("note", "note: at most 2000 characters");
            }
            switch (action) {
                case "approve" -> requests.approve(id, Fields.valid(validator, new Approval(null, text)));
                case "refuse" -> requests.refuse(id, text);
                case "withdraw" -> requests.withdraw(id, text);
                case "ship" ->
                    requests.fulfil(
                            id,
                            Fields.valid(
                                    validator,
                                    new Shipment(
                                            Fields.required("sampleId", sampleId),
                                            Fields.required("quantity", quantity),
                                            Fields.date("shippedOn", shippedOn))));
                case "close" -> requests.close(id, text);
                default -> throw new NotFound("no step '" + action + "' of a request");
            }
            return "redirect:/sharing/requests/" + id + "?done=" + action;
        } catch (DomainException e) {
            if (e instanceof NotFound) throw e;
            response.setStatus(ProblemStatus.of(e).value());
            model.addAttribute("error", Bilingual.of(e));
            return request(id, model);
        }
    }
}
