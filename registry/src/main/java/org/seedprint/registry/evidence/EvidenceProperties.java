package org.seedprint.registry.evidence;

import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Keys and names of the evidence services.
 *
 * @param keyStore         PKCS#12 key store with the root CA, the TSA and the document-signing keys;
 *                         generated on first start when missing (embedded default)
 * @param keyStorePassword its password (set it for production)
 * @param logKeyFile       the log's Ed25519 signed-note key in Go's PRIVATE+KEY form; generated when missing
 * @param origin           the checkpoint origin line (log identity), e.g. the registry's host name + "/log"
 *     (the base URL of printed links is {@code seedprint.public-url}, see {@code platform.PublicUrl})
 * @param verifyMaxSize    the largest upload the public verifier takes (file and companion together)
 * @param verifyPerMinute  verifications one client address may ask for per minute
 * @param operator         the registry operator, who issues the certificates (named on each)
 * @param statement        the operator's statement printed above a certificate's facts
 * @param timeZone         the registry's time zone: certificates state times in UTC and in it
 */
@ConfigurationProperties("seedprint.evidence")
record EvidenceProperties(
        @DefaultValue("var/evidence/evidence.p12") Path keyStore,
        @DefaultValue("seedprint-embedded") String keyStorePassword,
        @DefaultValue("var/evidence/log-note.key") Path logKeyFile,
        @DefaultValue("seedprint.local/log") String origin,
        @DefaultValue("20MB") DataSize verifyMaxSize,
        @DefaultValue("30") int verifyPerMinute,

        @DefaultValue("SeedPrint 种质指纹登记处  SeedPrint Germplasm Fingerprint Registry")
        String operator,

        @DefaultValue(STATEMENT) String statement,
        @DefaultValue("Asia/Shanghai") ZoneId timeZone) {

    static final String STATEMENT = "本登记处证明：下列材料已于所载时间交存；其规范内容的 SHA-256 摘要已由可信时间戳（RFC 3161）"
            + "签署并记入本登记处的公开透明日志。 The registry certifies that the material below was deposited at the"
            + " time stated, and that the SHA-256 digest of its canonical content was time-stamped (RFC 3161) and"
            + " entered in the registry's public transparency log.";
}
