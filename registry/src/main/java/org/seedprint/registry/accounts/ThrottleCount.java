package org.seedprint.registry.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Failed sign-ins counted under one key (a user name or a client address), and the wait they impose. */
@Entity
@Table(name = "sign_in_throttle")
class ThrottleCount {

    @Id
    @Column(name = "key", length = 200)
    private String throttleKey;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private @Nullable Instant blockedUntil;

    @SuppressWarnings("NullAway.Init") // JPA
    protected ThrottleCount() {}
}
