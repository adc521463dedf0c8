package org.seedprint.registry.accounts;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows repeated failed sign-ins: after a few free failures per user name (and more per client
 * address) each further failure doubles the wait before the next attempt, up to 15 minutes.
 * While waiting, even the right password is refused. A success clears the user name's count.
 */
@Service
@Transactional
class SignInThrottle {

    static final int FREE_PER_USER = 3;
    static final int FREE_PER_ADDRESS = 20;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** Failures older than this no longer count. */
    static final Duration MEMORY = Duration.ofHours(24);

    private final JdbcTemplate jdbc;

    SignInThrottle(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How long this attempt must still wait, or empty if it may go ahead. */
    @Transactional(readOnly = true)
    Optional<Duration> waitFor(String username, String address) {
        Instant now = Instant.now();
        List<Instant> until = jdbc.query(
                "SELECT blocked_until FROM sign_in_throttle WHERE key IN (?, ?) AND blocked_until > ?",
                (rs, i) -> rs.getTimestamp(1).toInstant(),
                userKey(username),
                addressKey(address),
                Timestamp.from(now));
        return until.stream().max(Instant::compareTo).map(u -> Duration.between(now, u));
    }

    void failed(String username, String address) {
        count(userKey(username), FREE_PER_USER);
        count(addressKey(address), FREE_PER_ADDRESS);
    }

    void succeeded(String username) {
        jdbc.update("DELETE FROM sign_in_throttle WHERE key = ?", userKey(username));
    }

    private void count(String key, int free) {
        Instant now = Instant.now();
        Integer failures =
                jdbc.queryForObject("""
                INSERT INTO sign_in_throttle (key, failures, last_failure_at) VALUES (?, 1, ?)
                ON CONFLICT (key) DO UPDATE SET
                    failures = CASE WHEN sign_in_throttle.last_failure_at < ? THEN 1 ELSE sign_in_throttle.failures + 1 END,
                    last_failure_at = EXCLUDED.last_failure_at
                RETURNING failures""", Integer.class, key, Timestamp.from(now), Timestamp.from(now.minus(MEMORY)));
        if (failures != null && failures > free) {
            Duration wait = backoff(failures - free);
            jdbc.update(
                    "UPDATE sign_in_throttle SET blocked_until = ? WHERE key = ?", Timestamp.from(now.plus(wait)), key);
        }
    }

    /** 1 s after the first failure beyond the free ones, then 2, 4, 8 ... up to {@link #MAX_WAIT}. */
    static Duration backoff(int excess) {
        Duration wait = Duration.ofSeconds(1L << Math.min(excess - 1, 20));
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
