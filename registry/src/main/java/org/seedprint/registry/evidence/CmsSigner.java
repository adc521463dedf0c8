package org.seedprint.registry.evidence;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.springframework.stereotype.Service;

/**
 * Detached CMS signatures for certificates, in the CAdES/PAdES baseline shape: a
 * signing-certificate-v2 signed attribute, no signing-time (PAdES takes the time from the
 * signature time-stamp), and an RFC 3161 signature time-stamp over the signature value as an
 * unsigned attribute. The signer and TSA certificates travel inside, so only the root CA is trusted.
 */
@Service
class CmsSigner {

    private final EvidenceKeys keys;
    private final TimestampAuthority tsa;

    CmsSigner(EvidenceKeys keys, TimestampAuthority tsa) {
        this.keys = keys;
        this.tsa = tsa;
    }

    /** DER CMS SignedData over {@code content}, detached (content not included). */
    public byte[] signDetached(byte[] content) {
        try {
            X509Certificate cert = keys.signer().certificate();
            var digests = new JcaDigestCalculatorProviderBuilder().build();
            byte[] certHash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            var signingCertificate = new SigningCertificateV2(new ESSCertIDv2(certHash));
            CMSAttributeTableGenerator signed = parameters -> {
                AttributeTable table = new DefaultSignedAttributeTableGenerator().getAttributes(parameters);
                return table.remove(CMSAttributes.signingTime)
                        .add(PKCSObjectIdentifiers.id_aa_signingCertificateV2, signingCertificate);
            };
            var signerInfo = new JcaSignerInfoGeneratorBuilder(digests)
                    .setSignedAttributeGenerator(signed)
                    .build(
                            new JcaContentSignerBuilder("SHA256withECDSA")
                                    .build(keys.signer().key()),
                            cert);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(List.of(cert)));
            CMSSignedData data = generator.generate(new CMSProcessableByteArray(content), false);
            return withSignatureTimestamp(data).getEncoded("DER");
        } catch (Exception e) {
            throw new IllegalStateException("CMS signing failed", e);
        }
    }

    private CMSSignedData withSignatureTimestamp(CMSSignedData data) throws Exception {
        SignerInformation si = data.getSignerInfos().getSigners().iterator().next();
        byte[] imprint = MessageDigest.getInstance("SHA-256").digest(si.getSignature());
        byte[] token = TimestampAuthority.token(tsa.stamp(imprint));
        ASN1EncodableVector attrs = new ASN1EncodableVector();
        attrs.add(new Attribute(
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(ASN1Primitive.fromByteArray(token))));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(si, new AttributeTable(attrs));
        return CMSSignedData.replaceSigners(data, new SignerInformationStore(stamped));
    }

    /**
     * Checks a detached CMS signature over {@code content}: signature, signer certificate issued by
     * the root, and the signature time-stamp. Returns the time-stamp token.
     */
    public TimeStampToken verifyDetached(byte[] signature, byte[] content) {
        return verifyDetached(signature, content, keys.rootCertificate());
    }

    static TimeStampToken verifyDetached(byte[] signature, byte[] content, X509Certificate root) {
        CMSSignedData data;
        try {
            data = new CMSSignedData(new CMSProcessableByteArray(content), signature);
        } catch (Exception e) {
            throw new ProofException("not a CMS signature: " + e.getMessage(), e);
        }
        SignedDataShape.check(data, 1, "CMS signature");
        if (!CMSObjectIdentifiers.data.getId().equals(data.getSignedContentTypeOID())) {
            throw new ProofException("not a CMS signature over data");
        }
        Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw new ProofException("expected one signer, found " + signers.size());
        }
        SignerInformation si = signers.iterator().next();
        try {
            X509Certificate cert = new JcaX509CertificateConverter()
                    .getCertificate(SignedDataShape.signerCertificate(data.getCertificates(), si, "CMS signature"));
            try {
                cert.verify(root.getPublicKey());
            } catch (Exception e) {
                throw new ProofException("signer certificate is not issued by the trusted root CA");
            }
            if (!si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert))) {
                throw new ProofException("CMS signature does not verify");
            }
        } catch (ProofException e) {
            throw e;
        } catch (Exception e) {
            throw new ProofException("CMS signature does not verify: " + e.getMessage(), e);
        }
        AttributeTable unsigned = si.getUnsignedAttributes();
        Attribute stamp = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (stamp == null) {
            throw new ProofException("CMS signature has no signature time-stamp");
        }
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(
                    stamp.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            byte[] imprint = MessageDigest.getInstance("SHA-256").digest(si.getSignature());
            return TimestampAuthority.verifyToken(token, imprint, root);
        } catch (ProofException e) {
            throw e;
        } catch (Exception e) {
            throw new ProofException("signature time-stamp is unreadable: " + e.getMessage(), e);
        }
    }
}
