package org.seedprint.registry.web.sharing;

import org.seedprint.registry.sharing.Inbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What waits on the organisation, and its report with the sums due under accepted agreements. */
@Controller
class InboxPages {

    private final Inbox inbox;

    InboxPages(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/sharing/inbox")
    String inbox(Model model) {
        model.addAttribute("items", inbox.items());
        return "sharing/inbox";
    }

    @GetMapping("/sharing/report")
    String report(Model model) {
        model.addAttribute("report", inbox.report());
        return "sharing/report";
    }
}
