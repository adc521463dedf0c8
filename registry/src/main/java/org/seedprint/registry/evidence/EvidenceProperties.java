package org.seedprint.registry.evidence;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys and names of the evidence services.
 *
 * @param keyStore         PKCS#12 key store with the root CA, the TSA and the document-signing keys;
 *                         generated on first start when missing (embedded default)
 * @param keyStorePassword its password (set it for production)
 * @param logKeyFile       the log's Ed25519 signed-note key in Go's PRIVATE+KEY form; generated when missing
 * @param origin           the checkpoint origin line (log identity), e.g. the registry's host name + "/log"
 *     (the base URL of printed links is {@code seedprint.public-url}, see {@code platform.PublicUrl})
 */
@ConfigurationProperties("seedprint.evidence")
public record EvidenceProperties(
        @DefaultValue("var/evidence/evidence.p12") Path keyStore,
        @DefaultValue("seedprint-embedded") String keyStorePassword,
        @DefaultValue("var/evidence/log-note.key") Path logKeyFile,
        @DefaultValue("seedprint.local/log") String origin) {}
