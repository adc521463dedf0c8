package org.seedprint.registry.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.PageResponse;
import org.seedprint.registry.platform.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Who am I; creating organisations and users (administrators). The public organisation search is in {@code search}. */
@RestController
@RequestMapping("/api/v1")
class AccountController {

    record NewOrganisation(
            @NotBlank @Size(max = 64) String code,
            @NotBlank @Size(max = 256) String nameLatin,
            @Size(max = 256) @Nullable String nameChinese,
            @NotNull Organisation.Kind kind,
            @Size(min = 3, max = 3) @Nullable String countryCode) {}

    record OrganisationView(
            long id,
            String code,
            String nameLatin,
            @Nullable String nameChinese,
            Organisation.Kind kind,
            @Nullable String countryCode) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(
                    o.getId(), o.getCode(), o.getNameLatin(), o.getNameChinese(), o.getKind(), o.getCountryCode());
        }
    }

    record NewUser(
            @NotBlank @Size(max = 128) String username,
            @NotBlank @Size(max = 64) String organisation,
            @NotEmpty Set<Role> roles,
            @Size(max = 256) @Nullable String password) {}

    record PasswordChange(
            @NotBlank @Size(max = 256) String currentPassword,
            @NotBlank @Size(max = 256) String newPassword) {}

    record Enabled(boolean enabled) {}

    private final CurrentUsers currentUsers;
    private final Accounts accounts;
    private final OrganisationService organisations;

    AccountController(CurrentUsers currentUsers, Accounts accounts, OrganisationService organisations) {
        this.currentUsers = currentUsers;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping("/me")
    CurrentUser me() {
        return currentUsers.require();
    }

    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@Valid @RequestBody PasswordChange change) {
        accounts.changePassword(currentUsers.require().username(), change.currentPassword(), change.newPassword());
    }

    /** The public list of organisations (breeders, institutes, offices), as the access rules document it. */
    @GetMapping("/organisations")
    PageResponse<OrganisationView> organisations(@PageableDefault(size = 50, sort = "id") Pageable page) {
        return PageResponse.of(organisations.list(page), OrganisationView::of);
    }

    @PostMapping("/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    OrganisationView createOrganisation(@Valid @RequestBody NewOrganisation o) {
        return OrganisationView.of(
                accounts.createOrganisation(o.code(), o.nameLatin(), o.nameChinese(), o.kind(), o.countryCode()));
    }

    @GetMapping("/users")
    List<UserView> users() {
        return accounts.list();
    }

    /** The generated password, if any, is in this answer only. */
    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    Accounts.CreatedUser createUser(@Valid @RequestBody NewUser u) {
        return accounts.createUser(u.username(), u.organisation(), u.roles(), u.password());
    }

    @PutMapping("/users/{username}/enabled")
    UserView setEnabled(@PathVariable String username, @RequestBody Enabled enabled) {
        return accounts.setEnabled(username, enabled.enabled());
    }
}
