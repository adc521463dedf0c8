package org.seedprint.registry.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.seedprint.registry.platform.DomainException.TooLarge;
import org.seedprint.registry.platform.DomainException.TooManyRequests;
import org.springframework.stereotype.Component;

/**
 * The public verifier is anonymous, so it is bounded: an upload size, and a number of
 * verifications per client address and minute (a fixed window; memory grows only with the
 * addresses seen within the last minute).
 */
@Component
class VerifierLimits {

    private record Window(long minute, int count) {}

    private final EvidenceProperties props;
    private final Clock clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    VerifierLimits(EvidenceProperties props) {
        this.props = props;
        this.clock = Clock.systemUTC();
    }

    /** Counts one verification for {@code address}; refuses it when over the limit. */
    void admit(String address) {
        long minute = Instant.now(clock).getEpochSecond() / 60;
        windows.values().removeIf(w -> w.minute() < minute);
        Window w = windows.merge(
                address,
                new Window(minute, 1),
                (old, one) -> old.minute() == minute ? new Window(minute, old.count() + 1) : one);
        if (w.count() > props.verifyPerMinute()) {
            throw new TooManyRequests("verify: at most " + props.verifyPerMinute()
                    + " verifications per minute from one address; try again in a minute");
        }
    }

    void checkSize(String field, long bytes) {
        if (bytes > props.verifyMaxSize().toBytes()) {
            throw new TooLarge(
                    field,
                    field + ": " + bytes + " bytes is more than the verifier takes (" + props.verifyMaxSize() + ")");
        }
    }
}
