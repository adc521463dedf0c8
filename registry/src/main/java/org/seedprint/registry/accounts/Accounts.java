package org.seedprint.registry.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.audit.AuditActions;
import org.seedprint.registry.audit.AuditEntry;
import org.seedprint.registry.audit.AuditOutcome;
import org.seedprint.registry.audit.AuditTrail;
import org.seedprint.registry.platform.DomainException.Conflict;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations and users, as an administrator manages them (API and CLI). Role checks sit in
 * the access rules of the API; the CLI runs on the server, as its operator.
 */
@Service
@Transactional
public class Accounts {

    static final int MIN_PASSWORD_LENGTH = 12;

    /** A new user and, when the password was generated, that password: shown once, never stored. */
    public record CreatedUser(UserView user, @Nullable String generatedPassword) {}

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    Accounts(
            UserAccountRepository users,
            OrganisationRepository organisations,
            PasswordEncoder passwords,
            AuditTrail audit) {
        this.users = users;
        this.organisations = organisations;
        this.passwords = passwords;
        this.audit = audit;
    }

    public Organisation createOrganisation(
            String code,
            String nameLatin,
            @Nullable String nameChinese,
            Organisation.Kind kind,
            @Nullable String countryCode) {
        if (organisations.findByCode(code).isPresent()) {
            throw new Conflict("code", "code: organisation " + code + " already exists");
        }
        Organisation o = organisations.save(new Organisation(code, nameLatin, nameChinese, kind, countryCode));
        audit.record(new AuditEntry(
                AuditActions.ORGANISATION_CREATE,
                "organisation:" + code,
                o.getId(),
                AuditOutcome.SUCCESS,
                kind + " " + nameLatin));
        return o;
    }

    /**
     * Creates a user in the organisation with this code.
     *
     * @param password the initial password, or null to generate one (returned once)
     */
    public CreatedUser createUser(
            String username, String organisationCode, Set<Role> roles, @Nullable String password) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new Invalid(
                    "username", "username: lower-case letters, digits, '.', '_' or '-', at most 64: " + username);
        }
        if (roles == null || roles.isEmpty()) {
            throw new Invalid("roles", "roles: at least one role");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new Conflict("username", "username: " + username + " already exists");
        }
        Organisation org = organisations
                .findByCode(organisationCode)
                .orElseThrow(() -> new Invalid("organisation", "organisation: no organisation " + organisationCode));
        String generated = password == null ? generatePassword() : null;
        String chosen = generated != null ? generated : checkedPassword(password);
        UserAccount saved = users.save(new UserAccount(username, org.getId(), encode(chosen), roles));
        audit.record(new AuditEntry(
                AuditActions.USER_CREATE,
                "user:" + username,
                org.getId(),
                AuditOutcome.SUCCESS,
                "roles " + saved.getRoles()));
        return new CreatedUser(UserView.of(saved), generated);
    }

    /** The signed-in user changes their own password, proving the current one. */
    public void changePassword(String username, String currentPassword, String newPassword) {
        UserAccount account = users.findByUsername(username).orElseThrow(() -> new NotFound("user " + username));
        if (currentPassword == null || !passwords.matches(currentPassword, account.getPasswordHash())) {
            audit.recordIndependently(
                    AuditEntry.of(AuditActions.PASSWORD_CHANGE, "user:" + username, AuditOutcome.FAILURE));
            throw new Invalid("currentPassword", "currentPassword: does not match");
        }
        account.changePassword(encode(checkedPassword(newPassword)));
        audit.record(AuditEntry.of(AuditActions.PASSWORD_CHANGE, "user:" + username, AuditOutcome.SUCCESS));
    }

    public UserView setEnabled(String username, boolean enabled) {
        UserAccount account = users.findByUsername(username).orElseThrow(() -> new NotFound("user " + username));
        account.setEnabled(enabled);
        audit.record(new AuditEntry(
                enabled ? "account.user-enable" : "account.user-disable",
                "user:" + username,
                account.getOrganisationId(),
                AuditOutcome.SUCCESS,
                null));
        return UserView.of(account);
    }

    @Transactional(readOnly = true)
    public List<UserView> list() {
        return users.findAll(Sort.by("username")).stream().map(UserView::of).toList();
    }

    /** One page of the users by username, for the administrator's pages. */
    @Transactional(readOnly = true)
    public Page<UserView> list(Pageable page) {
        return users.findAll(PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("username")))
                .map(UserView::of);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }

    /** False for a disabled or unknown user. */
    @Transactional(readOnly = true)
    public boolean isEnabled(String username) {
        return users.findByUsername(username).map(UserAccount::isEnabled).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean anyUser() {
        return users.count() > 0;
    }

    private String encode(String password) {
        return Objects.requireNonNull(passwords.encode(password), "the password encoder gave no hash");
    }

    private static String checkedPassword(@Nullable String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new Invalid("password", "password: at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return password;
    }

    private String generatePassword() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
