package org.seedprint.registry.evidence;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.cmp.PKIStatusInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.tsp.TimeStampResp;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.springframework.stereotype.Service;

/**
 * The registry's own RFC 3161 time-stamping authority. Tokens carry ESSCertIDv2 (the generator
 * gets a SHA-256 digest calculator; SHA-1 would give the old ESSCertID) and the TSA certificate,
 * so that {@code openssl ts -verify} needs only the root CA.
 */
@Service
class TimestampAuthority {

    /** Policy OID under the private-enterprise arc reserved for examples (RFC 5612). */
    static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.32473.1.1");

    private final EvidenceKeys keys;
    private final TimeStampResponseGenerator generator;
    private final SecureRandom random = new SecureRandom();

    TimestampAuthority(EvidenceKeys keys) throws Exception {
        this.keys = keys;
        var digests = new JcaDigestCalculatorProviderBuilder().build();
        DigestCalculator sha256 = digests.get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
        var signerInfo = new JcaSignerInfoGeneratorBuilder(digests)
                .build(
                        new JcaContentSignerBuilder("SHA256withECDSA")
                                .build(keys.tsa().key()),
                        keys.tsa().certificate());
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(signerInfo, sha256, POLICY);
        tokens.addCertificates(new JcaCertStore(List.of(keys.tsa().certificate())));
        generator = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
    }

    /** A DER time-stamp response (RFC 3161 TimeStampResp, what {@code .tsr} files hold) over a SHA-256 digest. */
    public byte[] stamp(byte[] sha256) {
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true);
        BigInteger nonce = new BigInteger(63, random);
        TimeStampRequest request = requests.generate(TSPAlgorithms.SHA256, sha256, nonce);
        try {
            // TimeStampTokenGenerator is not documented thread-safe; stamping is quick.
            TimeStampResponse response;
            synchronized (generator) {
                response = generator.generate(request, new BigInteger(127, random), Date.from(Instant.now()));
            }
            // Re-framed without the free-text status ("Operation Okay"), which no signature covers.
            return new TimeStampResp(
                            new PKIStatusInfo(PKIStatus.granted),
                            response.getTimeStampToken().toCMSSignedData().toASN1Structure())
                    .getEncoded("DER");
        } catch (Exception e) {
            throw new IllegalStateException("time-stamping failed", e);
        }
    }

    /** Checks a time-stamp response against a digest and the trusted root; returns its token. */
    public TimeStampToken verify(byte[] response, byte[] sha256) {
        return verify(response, sha256, keys.rootCertificate());
    }

    static TimeStampToken verify(byte[] response, byte[] sha256, X509Certificate root) {
        TimeStampToken token;
        try {
            TimeStampResponse resp = new TimeStampResponse(response);
            PKIStatusInfo status = TimeStampResp.getInstance(response).getStatus();
            if (resp.getStatus() != PKIStatus.GRANTED
                    || status.getStatusString() != null
                    || status.getFailInfo() != null) {
                throw new ProofException("time-stamp response status is not a plain 'granted'");
            }
            token = resp.getTimeStampToken();
        } catch (ProofException e) {
            throw e;
        } catch (Exception e) {
            throw new ProofException("not an RFC 3161 time-stamp response: " + e.getMessage(), e);
        }
        if (token == null) {
            throw new ProofException("time-stamp response holds no token");
        }
        return verifyToken(token, sha256, root);
    }

    /** Checks a token: its TSA certificate chains to the root, its signature, and its digest. */
    static TimeStampToken verifyToken(TimeStampToken token, byte[] sha256, X509Certificate root) {
        SignedDataShape.check(token.toCMSSignedData(), 3, "time-stamp token");
        try {
            SignerInformation si = token.toCMSSignedData()
                    .getSignerInfos()
                    .getSigners()
                    .iterator()
                    .next();
            X509Certificate tsaCert = new JcaX509CertificateConverter()
                    .getCertificate(SignedDataShape.signerCertificate(token.getCertificates(), si, "time-stamp token"));
            tsaCert.verify(root.getPublicKey());
            tsaCert.checkValidity(token.getTimeStampInfo().getGenTime());
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(new JcaX509CertificateHolder(tsaCert)));
        } catch (ProofException e) {
            throw e;
        } catch (Exception e) {
            throw new ProofException("time-stamp token signature does not verify: " + e.getMessage(), e);
        }
        if (!Arrays.equals(token.getTimeStampInfo().getMessageImprintDigest(), sha256)) {
            throw new ProofException("time-stamp token is over a different digest");
        }
        return token;
    }

    /** The token inside a response, DER-encoded. */
    static byte[] token(byte[] response) {
        try {
            return new TimeStampResponse(response).getTimeStampToken().getEncoded();
        } catch (Exception | Error e) {
            throw new IllegalStateException("stored time-stamp response is unreadable", e);
        }
    }
}
