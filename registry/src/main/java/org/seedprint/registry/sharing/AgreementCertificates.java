package org.seedprint.registry.sharing;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.seedprint.registry.evidence.CertificateFacts;
import org.seedprint.registry.evidence.Certificates;
import org.springframework.stereotype.Component;

/** An accepted agreement's certificate, in any of the evidence area's forms; each issue is audited there. */
@Component
class AgreementCertificates {

    private final Agreements agreements;
    private final Certificates certificates;
    private final Breeders breeders;

    AgreementCertificates(Agreements agreements, Certificates certificates, Breeders breeders) {
        this.agreements = agreements;
        this.certificates = certificates;
        this.breeders = breeders;
    }

    byte[] issue(UUID id, Certificates.Format format) {
        return certificates.issue(facts(agreements.accepted(id)), format);
    }

    /** What the certificate states: parties, material by deposit id and digest, permitted use; never sealed content. */
    CertificateFacts facts(Agreements.Row r) {
        Map<String, Object> terms = Agreements.terms(r);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> material = (List<Map<String, Object>>) Objects.requireNonNull(terms.get("material"));
        String crops =
                material.stream().map(m -> (String) m.get("crop")).distinct().collect(Collectors.joining(", "));
        String what = material.stream()
                .map(m -> "deposit " + m.get("depositId") + " sha256:" + m.get("sha256"))
                .collect(Collectors.joining("; "));
        return new CertificateFacts(
                Agreements.KIND,
                r.id(),
                "提供方 provider " + breeders.name(r.provider()) + " / 接收方 recipient " + breeders.name(r.recipient()),
                null,
                r.provider(),
                crops,
                what,
                terms.get("permittedUse") + (r.amends() == null ? "" : "; amends agreement " + r.amends()),
                Objects.requireNonNull(r.sha256()),
                Objects.requireNonNull(r.acceptedAt()),
                Objects.requireNonNull(r.timestamp()),
                Objects.requireNonNull(r.logIndex()));
    }
}
