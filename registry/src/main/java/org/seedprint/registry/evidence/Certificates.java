package org.seedprint.registry.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.bouncycastle.tsp.TimeStampToken;
import org.seedprint.registry.platform.PublicUrl;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Certificates of logged records in their three forms: canonical JSON facts (with the time-stamp,
 * the log entry, its inclusion proof and the signed checkpoint of the tree that first held it),
 * a detached CMS signature over that JSON, and a signed bilingual PDF.
 */
@Service
public class Certificates {

    static final String SCHEMA = "seedprint.certificate/v1";

    private final TransparencyLog log;
    private final TimestampAuthority tsa;
    private final CmsSigner signer;
    private final PublicUrl publicUrl;
    private final ApplicationEventPublisher events;

    Certificates(
            TransparencyLog log,
            TimestampAuthority tsa,
            CmsSigner signer,
            PublicUrl publicUrl,
            ApplicationEventPublisher events) {
        this.log = log;
        this.tsa = tsa;
        this.signer = signer;
        this.publicUrl = publicUrl;
        this.events = events;
    }

    /** The forms a certificate is handed out in. */
    public enum Format {
        JSON,
        P7S,
        TSR,
        PDF;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A certificate in one form, handed out to the caller: each issue is announced as a
     * {@link CertificateIssued} event (which the audit area records) before it is made.
     */
    public byte[] issue(CertificateFacts f, Format format) {
        events.publishEvent(new CertificateIssued(f.kind(), f.id(), f.owner(), format.extension()));
        return switch (format) {
            case JSON -> json(f);
            case P7S -> signature(f);
            case TSR -> f.timestamp().clone();
            case PDF -> pdf(f);
        };
    }

    /** The JSON certificate, canonical (RFC 8785) so that its bytes are stable and signable. */
    public byte[] json(CertificateFacts f) {
        return CanonicalJson.bytes(facts(f));
    }

    /** A detached CMS signature (DER) over {@link #json}. */
    public byte[] signature(CertificateFacts f) {
        return signer.signDetached(json(f));
    }

    public byte[] pdf(CertificateFacts f) {
        Map<String, Object> m = facts(f);
        Map<?, ?> logPart = (Map<?, ?>) Objects.requireNonNull(m.get("log"));
        Map<?, ?> ts = (Map<?, ?>) Objects.requireNonNull(m.get("timestamp"));
        Wording w = Wording.of(f.kind());
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        rows.add(Map.entry(w.id(), f.id().toString()));
        rows.add(Map.entry(w.party(), f.depositor() + (f.organisation() == null ? "" : " (" + f.organisation() + ")")));
        rows.add(Map.entry("作物 Crop", f.crop()));
        rows.add(Map.entry("材料 Material", f.material()));
        rows.add(Map.entry(
                w.visibility(),
                !f.kind().equals("deposit")
                        ? f.visibility()
                        : f.visibility().equals("SEALED") ? "密封（商业秘密） SEALED (trade secret)" : "公开 OPEN"));
        rows.add(Map.entry(
                "内容摘要 SHA-256 of the canonical content", HexFormat.of().formatHex(f.sha256())));
        rows.add(Map.entry(w.time(), f.time().toString()));
        rows.add(
                Map.entry("可信时间戳 RFC 3161 time-stamp (UTC)", ts.get("genTime") + "  serial " + ts.get("serialNumber")));
        rows.add(Map.entry(
                "透明日志 Transparency log",
                logPart.get("origin") + "  索引 index " + f.logIndex() + "  树大小 tree size " + logPart.get("treeSize")));
        rows.add(Map.entry("日志条目 Log entry", (String) logPart.get("entry")));
        String note = (String) Objects.requireNonNull(logPart.get("checkpoint"));
        try {
            return PdfCertificate.render(
                    w.title(), rows, List.of(note.split("\n")), verifyUrl(f), signer::signDetached);
        } catch (IOException e) {
            throw new UncheckedIOException("PDF certificate of " + f.id(), e);
        }
    }

    /** The PDF's title and row labels for a document kind; deposits' unless the kind has its own. */
    private record Wording(String title, String id, String party, String visibility, String time) {
        static Wording of(String kind) {
            return switch (kind) {
                case "agreement" ->
                    new Wording(
                            "植物育种材料转让协议证书  Material Transfer Agreement Certificate",
                            "协议编号 Agreement ID",
                            "当事方 Parties",
                            "许可用途 Permitted use",
                            "双方接受时间 Accepted by both parties at (UTC)");
                default ->
                    new Wording(
                            "植物育种材料保藏证书  Breeding Material Deposit Certificate",
                            "保藏编号 Deposit ID",
                            "保藏人 Depositor",
                            "公开方式 Visibility",
                            "保藏时间 Deposited at (UTC)");
            };
        }
    }

    String verifyUrl(CertificateFacts f) {
        // The public verify page (web area), which a phone opens from the QR code.
        return publicUrl.link("/verify?" + f.kind() + "=" + f.id());
    }

    private Map<String, Object> facts(CertificateFacts f) {
        TimeStampToken token = tsa.verify(f.timestamp(), f.sha256());
        byte[] entry = EvidenceDocuments.entry(f.kind(), f.id(), f.sha256());
        long size = f.logIndex() + 1;
        SignedCheckpoint cp = log.checkpoint(size)
                .orElseThrow(() -> new IllegalStateException("checkpoint " + size + " is missing from the log"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("certificate", SCHEMA);
        m.put("kind", f.kind());
        m.put("id", f.id().toString());
        m.put("depositor", f.depositor());
        if (f.organisation() != null) m.put("organisation", f.organisation());
        m.put("crop", f.crop());
        m.put("material", f.material());
        m.put("visibility", f.visibility());
        m.put("sha256", HexFormat.of().formatHex(f.sha256()));
        m.put("time", f.time().toString());
        Map<String, Object> ts = new LinkedHashMap<>();
        ts.put("genTime", token.getTimeStampInfo().getGenTime().toInstant().toString());
        ts.put("serialNumber", token.getTimeStampInfo().getSerialNumber().toString(16));
        ts.put("policy", token.getTimeStampInfo().getPolicy().getId());
        ts.put("response", Base64.getEncoder().encodeToString(f.timestamp()));
        m.put("timestamp", ts);
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("origin", log.origin());
        l.put("logKey", log.verifierKey().verifierKey());
        l.put("index", f.logIndex());
        l.put("entry", new String(entry, StandardCharsets.US_ASCII));
        l.put("leafHash", Base64.getEncoder().encodeToString(Merkle.leafHash(entry)));
        l.put("treeSize", size);
        l.put("checkpoint", cp.note());
        l.put(
                "inclusionProof",
                log.inclusionProof(f.logIndex(), size).stream()
                        .map(h -> (Object) Base64.getEncoder().encodeToString(h))
                        .toList());
        m.put("log", l);
        m.put("verifyUrl", verifyUrl(f));
        return m;
    }
}
