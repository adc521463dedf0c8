package org.seedprint.registry.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks any certificate form offline against the registry's root CA and log key: a signed PDF,
 * a JSON certificate with its detached signature, a time-stamp response with the data it covers.
 * Every check names the first thing that does not hold.
 */
@Service
public class Verifier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Supplier<TrustAnchors> trust;

    @Autowired
    Verifier(EvidenceKeys keys, WitnessProperties witnesses) {
        this(() -> new TrustAnchors(keys.rootCertificate(), keys.logKey(), witnesses));
    }

    private Verifier(Supplier<TrustAnchors> trust) {
        this.trust = trust;
    }

    /** A verifier with no registry behind it: what it trusts is given (the offline {@code verify} mode). */
    public static Verifier offline(TrustAnchors anchors) {
        return new Verifier(() -> anchors);
    }

    /** What this verifier trusts. */
    public TrustAnchors trust() {
        return trust.get();
    }

    /**
     * @param file      the uploaded certificate, token or signature
     * @param companion the other half where one is needed: the .p7s for a JSON certificate, the JSON
     *                  for a .p7s, the original data for a .tsr; may be null
     */
    public Verification verify(byte[] file, byte @Nullable [] companion) {
        if (startsWith(file, "%PDF-")) {
            return attempt("pdf", () -> verifyPdf(file));
        }
        if (file.length > 0 && file[0] == '{') {
            if (companion == null) {
                return Verification.invalid(
                        "json",
                        "a JSON certificate is verified together with its detached signature: "
                                + "upload the .p7s as 'companion'");
            }
            return attempt("json", () -> verifyJson(file, companion));
        }
        if (looksLikeTimestampResponse(file)) {
            return attempt("tsr", () -> verifyTimestamp(file, companion));
        }
        if (companion != null && companion.length > 0 && companion[0] == '{') {
            return attempt("json", () -> verifyJson(companion, file));
        }
        return Verification.invalid(
                "unknown", "not a PDF, JSON certificate, time-stamp response or JSON with its .p7s");
    }

    private interface Check {
        Verification run() throws Exception;
    }

    private static Verification attempt(String kind, Check check) {
        try {
            return check.run();
        } catch (ProofException e) {
            return Verification.invalid(kind, String.valueOf(e.getMessage()));
        } catch (Exception e) {
            return Verification.invalid(kind, "unreadable " + kind + ": " + e.getMessage());
        }
    }

    private Verification verifyPdf(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            if (signatures.size() != 1) {
                throw new ProofException("expected one signature in the PDF, found " + signatures.size());
            }
            PDSignature sig = signatures.getFirst();
            if (!"ETSI.CAdES.detached".equals(sig.getSubFilter())) {
                throw new ProofException(
                        "PDF signature sub-filter is " + sig.getSubFilter() + ", not ETSI.CAdES.detached");
            }
            int[] range = sig.getByteRange();
            if (range.length != 4 || range[0] != 0 || range[2] + range[3] != pdf.length || range[1] >= range[2]) {
                throw new ProofException(
                        "PDF signature does not cover the whole file (byte range " + Arrays.toString(range) + ")");
            }
            byte[] contents = sig.getContents(pdf);
            byte[] cms = strictDer(contents, "PDF signature contents");
            byte[] signed = sig.getSignedContent(pdf);
            TimeStampToken stamp = CmsSigner.verifyDetached(cms, signed, trust().root());
            return Verification.valid(
                    "pdf",
                    "the PDF signature verifies, covers the whole file and carries a valid time-stamp",
                    Map.of(
                            "signatureTimestamp",
                            stamp.getTimeStampInfo().getGenTime().toInstant().toString()));
        }
    }

    private Verification verifyJson(byte[] json, byte[] p7s) {
        TrustAnchors t = trust();
        CmsSigner.verifyDetached(strictDer(p7s, "signature"), json, t.root());
        JsonNode c = JSON.readTree(json);
        if (!Arrays.equals(CanonicalJson.bytes(JSON.convertValue(c, Object.class)), json)) {
            throw new ProofException("JSON certificate is not in canonical (RFC 8785) form");
        }
        byte[] sha256 = HexFormat.of().parseHex(c.path("sha256").asString());
        byte[] tsr =
                Base64.getDecoder().decode(c.path("timestamp").path("response").asString());
        TimestampAuthority.verify(tsr, sha256, t.root());
        JsonNode log = c.path("log");
        String entry = log.path("entry").asString();
        String want = c.path("kind").asString() + " " + c.path("id").asString() + " sha256:"
                + HexFormat.of().formatHex(sha256);
        if (!entry.equals(want)) {
            throw new ProofException("log entry '" + entry + "' does not name this record and digest");
        }
        String note = log.path("checkpoint").asString();
        NoteKey logKey = t.logKey();
        if (logKey == null) throw new ProofException("a JSON certificate's checkpoint needs the log's key to check");
        Checkpoint cp = Checkpoint.parse(logKey.open(note));
        List<String> witnessed = t.witnesses().requireQuorum(note);
        long index = log.path("index").asLong();
        List<byte[]> proof = new ArrayList<>();
        log.path("inclusionProof").forEach(h -> proof.add(Base64.getDecoder().decode(h.asString())));
        Merkle.verifyInclusion(
                index, cp.size(), Merkle.leafHash(entry.getBytes(StandardCharsets.US_ASCII)), proof, cp.rootHash());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("id", c.path("id").asString());
        details.put("sha256", HexFormat.of().formatHex(sha256));
        details.put("logIndex", index);
        details.put("treeSize", cp.size());
        details.put("witnesses", witnessed);
        return Verification.valid(
                "json", "signature, time-stamp, log entry, inclusion proof and signed checkpoint verify", details);
    }

    private Verification verifyTimestamp(byte[] tsr, byte @Nullable [] data) throws Exception {
        strictDer(tsr, "time-stamp response");
        if (data == null) {
            throw new ProofException("a time-stamp is verified against the data it covers: upload that as 'companion'");
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(data);
        TimeStampToken token = TimestampAuthority.verify(tsr, digest, trust().root());
        return Verification.valid(
                "tsr",
                "the time-stamp verifies and covers the SHA-256 of the data",
                Map.of(
                        "genTime",
                        token.getTimeStampInfo().getGenTime().toInstant().toString(),
                        "sha256",
                        HexFormat.of().formatHex(digest)));
    }

    private static boolean looksLikeTimestampResponse(byte[] der) {
        try {
            new TimeStampResponse(der);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * The DER object at the start of {@code bytes}, refusing anything but zero padding after it
     * and any encoding that is not exactly DER, so that no byte is left unprotected.
     */
    static byte[] strictDer(byte[] bytes, String what) {
        try (var in = new ASN1InputStream(bytes)) {
            var obj = in.readObject();
            if (obj == null) {
                throw new ProofException(what + " is empty");
            }
            byte[] der = obj.getEncoded("DER");
            if (!Arrays.equals(der, Arrays.copyOf(bytes, Math.min(bytes.length, der.length)))) {
                throw new ProofException(what + " is not DER-encoded");
            }
            for (int i = der.length; i < bytes.length; i++) {
                if (bytes[i] != 0) {
                    throw new ProofException(what + " has data after its end");
                }
            }
            return der;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProofException p) throw p;
            throw new ProofException(what + " is not valid DER: " + e.getMessage());
        }
    }

    private static boolean startsWith(byte[] b, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        return b.length >= p.length && Arrays.equals(Arrays.copyOf(b, p.length), p);
    }
}
