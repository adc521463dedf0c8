package org.seedprint.registry.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** One's own personal access tokens. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenController {

    /** @param days validity, 1-366, default 90 */
    record NewToken(
            @NotBlank String name,
            @Min(1) @Max(366) @Nullable Integer days) {}

    private final AccessTokens tokens;
    private final CurrentUsers users;

    TokenController(AccessTokens tokens, CurrentUsers users) {
        this.tokens = tokens;
        this.users = users;
    }

    /** The secret is in this answer only. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AccessTokens.CreatedToken create(@Valid @RequestBody NewToken t) {
        return tokens.create(users.require().username(), t.name(), Duration.ofDays(t.days() == null ? 90 : t.days()));
    }

    @GetMapping
    List<TokenView> list() {
        return tokens.list(users.require().username());
    }

    @DeleteMapping("/{id}")
    TokenView revoke(@PathVariable long id) {
        return tokens.revoke(users.require().username(), id);
    }
}
