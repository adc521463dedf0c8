package org.seedprint.registry.web.account;

import static org.seedprint.registry.platform.AccessRule.signedIn;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.accounts.AccessTokens;
import org.seedprint.registry.accounts.CurrentUsers;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AreaAccessRules;
import org.seedprint.registry.platform.DomainException;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.web.Bilingual;
import org.seedprint.registry.web.NavLink;
import org.seedprint.registry.web.PageLinks;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** My API tokens: create one (its secret shown once, on the answer page only), list them, revoke one. */
@Controller
@Order(290)
class TokensPage implements AreaAccessRules, PageLinks {

    private final AccessTokens tokens;
    private final CurrentUsers users;

    TokensPage(AccessTokens tokens, CurrentUsers users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    public List<AccessRule> rules() {
        return List.of(
                signedIn(GET, "/account/tokens"),
                signedIn(POST, "/account/tokens"),
                signedIn(POST, "/account/tokens/{id}/revoke"));
    }

    @Override
    public List<NavLink> links() {
        return List.of(new NavLink(900, "tokens", "/account/tokens", "接口令牌", "API tokens"));
    }

    @GetMapping("/account/tokens")
    String list(Model model) {
        return page(model, null, null);
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam @Nullable String name, @RequestParam(defaultValue = "90") String days, Model model) {
        try {
            if (name == null || name.isBlank()) throw new Invalid("name", "name: say what the token is for");
            AccessTokens.CreatedToken t =
                    tokens.create(users.require().username(), name.strip(), Duration.ofDays(days(days)));
            return page(model, t, null);
        } catch (DomainException e) {
            return page(model, null, Bilingual.of(e));
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id) {
        tokens.revoke(users.require().username(), id);
        return "redirect:/account/tokens?revoked=" + id;
    }

    private String page(Model model, AccessTokens.@Nullable CreatedToken created, @Nullable String error) {
        model.addAttribute("tokens", tokens.list(users.require().username()));
        model.addAttribute("created", created);
        model.addAttribute("error", error);
        return "account/tokens";
    }

    private static long days(String value) {
        try {
            long d = Long.parseLong(value.strip());
            if (d < 1) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw new Invalid("days", "days: a whole number of days, 1 or more, not '" + value + "'");
        }
    }
}
