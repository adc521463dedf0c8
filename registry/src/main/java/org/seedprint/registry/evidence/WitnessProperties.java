package org.seedprint.registry.evidence;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
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

    /**
     * The configured witnesses whose cosignature on a checkpoint note verifies. A line under a
     * witness's name and key ID that fails is an error (a forged cosignature), not a missing one.
     */
    public List<String> witnessed(String note) {
        List<String> names = new ArrayList<>();
        for (Endpoint w : witnesses) {
            Cosigner c = w.cosigner();
            if (c.verify(note).isPresent()) {
                names.add(c.name());
            }
        }
        return names;
    }

    /** Throws unless the note carries {@link #quorum} valid cosignatures; answers their witnesses. */
    public List<String> requireQuorum(String note) {
        List<String> names = witnessed(note);
        if (names.size() < quorum) {
            throw new ProofException("the checkpoint carries " + names.size() + " valid witness cosignatures, " + quorum
                    + " are required");
        }
        return names;
    }

    /** One witness: {@code url} + {@code /add-checkpoint} is where checkpoints go. */
    public record Endpoint(URI url, String key) {
        public Cosigner cosigner() {
            return Cosigner.parseVerifierKey(key);
        }
    }
}
