package org.seedprint.registry.accounts;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The throttle's counts, written by statements (an upsert and updates), never loaded as entities. */
interface SignInThrottleRepository extends Repository<ThrottleCount, String> {

    @Query("select max(t.blockedUntil) from ThrottleCount t where t.throttleKey in :keys and t.blockedUntil > :now")
    Optional<Instant> blockedUntil(@Param("keys") Collection<String> keys, @Param("now") Instant now);

    /** One more failure, or the first again once the last is older than {@code forgetBefore}. */
    @Modifying
    @Query(nativeQuery = true, value = """
                    INSERT INTO sign_in_throttle (key, failures, last_failure_at) VALUES (:key, 1, :now)
                    ON CONFLICT (key) DO UPDATE SET
                        failures = CASE WHEN sign_in_throttle.last_failure_at < :forgetBefore
                                        THEN 1 ELSE sign_in_throttle.failures + 1 END,
                        last_failure_at = EXCLUDED.last_failure_at""")
    void countFailure(@Param("key") String key, @Param("now") Instant now, @Param("forgetBefore") Instant forgetBefore);

    @Query("select t.failures from ThrottleCount t where t.throttleKey = :key")
    int failures(@Param("key") String key);

    @Modifying
    @Query("update ThrottleCount t set t.blockedUntil = :until where t.throttleKey = :key")
    void block(@Param("key") String key, @Param("until") Instant until);

    @Modifying
    @Query("delete from ThrottleCount t where t.throttleKey = :key")
    void clear(@Param("key") String key);
}
