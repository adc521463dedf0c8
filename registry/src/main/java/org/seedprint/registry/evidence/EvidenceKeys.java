package org.seedprint.registry.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The registry's evidence keys: a root CA, a time-stamping authority certificate (critical
 * extended key usage id-kp-timeStamping only, as openssl and Bouncy Castle require), a
 * document-signing certificate for PDF and JSON certificates, and the log's Ed25519 note key.
 * Created on first start when the key store is missing; production points the properties at its own.
 */
@Component
public class EvidenceKeys {

    private static final Logger log = LoggerFactory.getLogger(EvidenceKeys.class);
    private static final String ROOT = "root", TSA = "tsa", SIGNER = "signer";

    /** A private key with its certificate. */
    public record Identity(PrivateKey key, X509Certificate certificate) {}

    private final X509Certificate root;
    private final Identity tsa;
    private final Identity signer;
    private final NoteKey logKey;

    EvidenceKeys(EvidenceProperties props) throws IOException, GeneralSecurityException {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
        char[] password = props.keyStorePassword().toCharArray();
        if (!Files.exists(props.keyStore())) {
            generateKeyStore(props.keyStore(), password);
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(props.keyStore())) {
            ks.load(in, password);
        }
        root = (X509Certificate) ks.getCertificate(ROOT);
        tsa = identity(ks, TSA, password);
        signer = identity(ks, SIGNER, password);
        logKey = loadOrCreateLogKey(props.logKeyFile(), props.origin());
    }

    public X509Certificate rootCertificate() {
        return root;
    }

    public Identity tsa() {
        return tsa;
    }

    public Identity signer() {
        return signer;
    }

    public NoteKey logKey() {
        return logKey;
    }

    /** PEM text of a certificate, as courts feed it to openssl. */
    public static String pem(X509Certificate cert) {
        var out = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(out)) {
            w.writeObject(cert);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static Identity identity(KeyStore ks, String alias, char[] password) throws GeneralSecurityException {
        return new Identity((PrivateKey) ks.getKey(alias, password), (X509Certificate) ks.getCertificate(alias));
    }

    private static NoteKey loadOrCreateLogKey(Path file, String origin) throws IOException {
        if (Files.exists(file)) {
            return NoteKey.parseSignerKey(
                    Files.readString(file, StandardCharsets.US_ASCII).trim());
        }
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        // The key name is the origin's host part, so a verifier can tell which log signed.
        NoteKey key = NoteKey.fromSeed(origin.split("/")[0], seed);
        byte[] raw = new byte[33];
        raw[0] = 1;
        System.arraycopy(seed, 0, raw, 1, 32);
        String skey = "PRIVATE+KEY+" + key.name() + "+" + key.keyIdHex() + "+"
                + Base64.getEncoder().encodeToString(raw);
        writeAtomically(file, skey.getBytes(StandardCharsets.US_ASCII));
        log.info("Generated the transparency log key {} in {}", key.verifierKey(), file);
        return key;
    }

    private static void generateKeyStore(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyPair rootKeys = ecKeyPair();
        X500Name rootName = new X500Name("CN=SeedPrint Evidence Root CA,O=SeedPrint,C=CN");
        X509Certificate rootCert = certificate(rootName, rootKeys, rootName, rootKeys, 3650, b -> {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        });
        KeyPair tsaKeys = ecKeyPair();
        X509Certificate tsaCert = certificate(
                new X500Name("CN=SeedPrint Time-Stamping Authority,O=SeedPrint,C=CN"),
                tsaKeys,
                rootName,
                rootKeys,
                1825,
                b -> {
                    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    b.addExtension(
                            Extension.keyUsage,
                            true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                    b.addExtension(
                            Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
                });
        KeyPair signerKeys = ecKeyPair();
        X509Certificate signerCert = certificate(
                new X500Name("CN=SeedPrint Certificate Signer,O=SeedPrint,C=CN"),
                signerKeys,
                rootName,
                rootKeys,
                1825,
                b -> {
                    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    b.addExtension(
                            Extension.keyUsage,
                            true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                });
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry(ROOT, rootCert);
        ks.setKeyEntry(TSA, tsaKeys.getPrivate(), password, new X509Certificate[] {tsaCert, rootCert});
        ks.setKeyEntry(SIGNER, signerKeys.getPrivate(), password, new X509Certificate[] {signerCert, rootCert});
        var bytes = new ByteArrayOutputStream();
        ks.store(bytes, password);
        writeAtomically(file, bytes.toByteArray());
        log.info("Generated the evidence key store {} (root CA, TSA, certificate signer)", file);
    }

    private interface Extensions {
        void add(X509v3CertificateBuilder b) throws IOException;
    }

    private static X509Certificate certificate(
            X500Name subject, KeyPair subjectKeys, X500Name issuer, KeyPair issuerKeys, int days, Extensions extensions)
            throws GeneralSecurityException, IOException {
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(
                issuer,
                new BigInteger(127, new SecureRandom()),
                Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(Duration.ofDays(days))),
                subject,
                subjectKeys.getPublic());
        var utils = new JcaX509ExtensionUtils();
        builder.addExtension(
                Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKeys.getPublic()));
        builder.addExtension(
                Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
        extensions.add(builder);
        try {
            var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static KeyPair ecKeyPair() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            out.write(bytes);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
