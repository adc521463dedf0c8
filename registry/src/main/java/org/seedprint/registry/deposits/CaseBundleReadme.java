package org.seedprint.registry.deposits;

import java.util.List;
import org.seedprint.registry.cases.CaseView;

/** The README of a case's evidence bundle: what is in it and the commands that check it offline. */
final class CaseBundleReadme {

    private CaseBundleReadme() {}

    static String text(CaseView c, List<String> missing, String rootFingerprint) {
        String gone = missing.isEmpty()
                ? ""
                : "\nDeposits attached to the case that the registry does not hold: " + String.join(", ", missing)
                        + "\n";
        return """
                SeedPrint evidence bundle
                Case %s, %s (%s), opened %s
                %s
                Contents
                  deposits/<id>/certificate.pdf       signed PDF certificate (PAdES)
                  deposits/<id>/certificate.json      canonical JSON certificate (RFC 8785)
                  deposits/<id>/certificate.json.p7s  its detached CMS signature
                  deposits/<id>/certificate.tsr       the RFC 3161 time-stamp over the content digest
                  checkpoint.txt                      the log's newest checkpoint with the witnesses' cosignatures
                  log-key.txt, witness-keys.txt       the log's and the witnesses' public keys
                  ca.pem, tsa.pem                     the registry's root CA and TSA certificates

                Check each deposit (D=deposits/<id>), with no network:
                  openssl cms -verify -binary -content $D/certificate.json -inform DER -in $D/certificate.json.p7s \\
                      -CAfile ca.pem -purpose any -out /dev/null
                  openssl ts -verify -digest "$(jq -r .sha256 $D/certificate.json)" -in $D/certificate.tsr -CAfile ca.pem
                  pdfsig $D/certificate.pdf        (with ca.pem in an NSS store: see docs/verification.md)
                The JSON certificate's log.inclusionProof leads from its entry to its checkpoint; that checkpoint
                and checkpoint.txt are signed by the key in log-key.txt, and cosigned by the witnesses in
                witness-keys.txt (docs/verification.md, "Witnesses"). The registry's verifier does all of it:
                  curl -F file=@$D/certificate.json -F companion=@$D/certificate.json.p7s <registry>/api/v1/verify
                or, with no network and no registry, all of it at once (compare the fingerprint with the one printed
                on the certificates and published by the registry before trusting it):
                  java -jar seedprint-registry.jar verify --ca-sha256 %s <this bundle>.zip --report report.txt
                """.formatted(c.caseNumber(), c.courtName(), c.parties(), c.openedAt(), gone, rootFingerprint);
    }
}
