package org.seedprint.registry.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    private final SignInThrottleRepository counts;

    SignInThrottle(SignInThrottleRepository counts) {
        this.counts = counts;
    }

    /** How long this attempt must still wait, or empty if it may go ahead. */
    @Transactional(readOnly = true)
    Optional<Duration> waitFor(String username, String address) {
        Instant now = Instant.now();
        return counts.blockedUntil(List.of(userKey(username), addressKey(address)), now)
                .map(u -> Duration.between(now, u));
    }

    void failed(String username, String address) {
        count(userKey(username), FREE_PER_USER);
        count(addressKey(address), FREE_PER_ADDRESS);
    }

    void succeeded(String username) {
        counts.clear(userKey(username));
    }

    private void count(String key, int free) {
        Instant now = Instant.now();
        // the upsert holds the row's lock to the end of the transaction, so the count read next is this one's
        counts.countFailure(key, now, now.minus(MEMORY));
        int failures = counts.failures(key);
        if (failures > free) {
            counts.block(key, now.plus(backoff(failures - free)));
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
