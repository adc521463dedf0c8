package org.seedprint.registry.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal access token: only its SHA-256 is stored. */
@Entity
@Table(name = "access_token")
class AccessToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 16)
    private String prefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init") // Hibernate sets every field when it loads a row
    protected AccessToken() {}

    @SuppressWarnings("NullAway.Init") // the id is set when Hibernate persists it
    AccessToken(UserAccount user, String name, String tokenHash, String prefix, Instant createdAt, Instant expiresAt) {
        this.user = user;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long getId() {
        return id;
    }

    UserAccount getUser() {
        return user;
    }

    boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && user.isEnabled();
    }

    void revoke(Instant now) {
        if (revokedAt == null) revokedAt = now;
    }

    @Nullable
    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    TokenView view() {
        return new TokenView(id, name, prefix, createdAt, expiresAt, revokedAt, lastUsedAt);
    }
}
