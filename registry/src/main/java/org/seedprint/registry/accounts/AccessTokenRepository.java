package org.seedprint.registry.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {
    Optional<AccessToken> findByTokenHash(String tokenHash);

    List<AccessToken> findByUserUsernameOrderByCreatedAtDesc(String username);

    /** A bulk update: no version bump, so it never collides with a revocation or another use. */
    @Modifying
    @Query("update AccessToken t set t.lastUsedAt = :now where t.id = :id"
            + " and (t.lastUsedAt is null or t.lastUsedAt < :before)")
    int noteUse(@Param("id") long id, @Param("now") Instant now, @Param("before") Instant before);
}
