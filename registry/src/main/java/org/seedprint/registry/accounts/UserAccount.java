package org.seedprint.registry.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.seedprint.registry.platform.Role;

/** A person who signs in: member of one organisation, holder of roles. */
@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 16)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init") // Hibernate sets every field when it loads a row
    protected UserAccount() {}

    @SuppressWarnings("NullAway.Init") // the id is set when Hibernate persists it
    UserAccount(String username, long organisationId, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.organisationId = organisationId;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.enabled = true;
        this.createdAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(username, organisationId, getRoles());
    }
}
