package org.seedprint.registry.evidence;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The witnesses the registry asks to cosign its checkpoints.
 *
 * @param witnesses each witness's submission prefix and its cosignature/v1 verifier key
 * @param quorum    cosignatures a checkpoint needs to count as witnessed (0: witnesses are optional)
 * @param timeout   how long one add-checkpoint request may take
 */
@ConfigurationProperties("seedprint.evidence.witness")
public record WitnessProperties(
        @DefaultValue List<Endpoint> witnesses,
        @DefaultValue("0") int quorum,
        @DefaultValue("5s") Duration timeout) {

    /** One witness: {@code url} + {@code /add-checkpoint} is where checkpoints go. */
    public record Endpoint(URI url, String key) {
        public Cosigner cosigner() {
            return Cosigner.parseVerifierKey(key);
        }
    }
}
