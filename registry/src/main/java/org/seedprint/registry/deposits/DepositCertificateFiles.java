package org.seedprint.registry.deposits;

import org.seedprint.registry.evidence.Certificates;
import org.springframework.stereotype.Service;

/**
 * A deposit's certificate in one form, for callers outside this area that hand certificates on (a
 * court's evidence bundle); the same issue as the certificate endpoints, audited the same way.
 */
@Service
public class DepositCertificateFiles {

    private final DepositCertificates facts;
    private final Certificates certificates;

    DepositCertificateFiles(DepositCertificates facts, Certificates certificates) {
        this.facts = facts;
        this.certificates = certificates;
    }

    public byte[] issue(Deposit d, Certificates.Format format) {
        return certificates.issue(facts.facts(d), format);
    }
}
