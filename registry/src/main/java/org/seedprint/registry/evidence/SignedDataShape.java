package org.seedprint.registry.evidence;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.util.Selector;
import org.bouncycastle.util.Store;

/**
 * Bouncy Castle verifies what the signature covers but ignores some unsigned framing of a CMS
 * SignedData (the content type, the version numbers, the digest algorithm list). The registry
 * only ever writes one shape, so anything else is refused: no byte of a certificate may change
 * without the verifier noticing.
 */
final class SignedDataShape {

    private SignedDataShape() {}

    static void check(CMSSignedData data, int version, String what) {
        if (!CMSObjectIdentifiers.signedData.equals(data.toASN1Structure().getContentType())) {
            throw new ProofException(what + " is not CMS SignedData");
        }
        SignedData sd = SignedData.getInstance(data.toASN1Structure().getContent());
        if (sd.getVersion().intValueExact() != version) {
            throw new ProofException(what + " has SignedData version " + sd.getVersion() + ", expected " + version);
        }
        var content = sd.getEncapContentInfo().getContent();
        if (version == 1 ? content != null : !(content instanceof ASN1OctetString)) {
            throw new ProofException(what + " has malformed encapsulated content");
        }
        if (data.getSignerInfos().size() != 1) {
            throw new ProofException(what + " must have exactly one signer");
        }
        SignerInformation si = data.getSignerInfos().getSigners().iterator().next();
        if (si.getVersion() != 1) {
            throw new ProofException(what + " has signer version " + si.getVersion());
        }
        try {
            if (sd.getDigestAlgorithms().size() != 1
                    || !Arrays.equals(
                            sd.getDigestAlgorithms()
                                    .getObjectAt(0)
                                    .toASN1Primitive()
                                    .getEncoded("DER"),
                            si.getDigestAlgorithmID().getEncoded("DER"))) {
                throw new ProofException(what + " lists digest algorithms that its signer does not use");
            }
        } catch (IOException e) {
            throw new ProofException(what + " is malformed: " + e.getMessage());
        }
    }

    /** The certificates a signer id selects; Bouncy Castle's {@code SignerId} is a raw {@code Selector}. */
    @SuppressWarnings("unchecked")
    static Collection<X509CertificateHolder> certificatesOf(Store<X509CertificateHolder> store, Selector<?> signer) {
        return store.getMatches((Selector<X509CertificateHolder>) signer);
    }
}
