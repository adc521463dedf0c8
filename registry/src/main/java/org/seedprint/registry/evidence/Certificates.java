package org.seedprint.registry.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.bouncycastle.tsp.TimeStampToken;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.PublicUrl;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Certificates of logged records in their three forms: canonical JSON facts (with the time-stamp,
 * the log entry, its inclusion proof and the signed checkpoint of the tree that first held it),
 * a detached CMS signature over that JSON, and a signed bilingual PDF. A certificate is issued
 * once, numbered and stored ({@link CertificateStore}); every download serves the stored bytes.
 */
@Service
public class Certificates {

    static final String SCHEMA = "seedprint.certificate/v2";

    private final TransparencyLog log;
    private final TimestampAuthority tsa;
    private final CmsSigner signer;
    private final EvidenceProperties props;
    private final PublicUrl publicUrl;
    private final ApplicationEventPublisher events;
    private final CertificateStore store;
    private final EvidenceKeys keys;

    Certificates(
            TransparencyLog log,
            TimestampAuthority tsa,
            CmsSigner signer,
            EvidenceProperties props,
            PublicUrl publicUrl,
            ApplicationEventPublisher events,
            CertificateStore store,
            EvidenceKeys keys) {
        this.store = store;
        this.keys = keys;
        this.props = props;
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
     * One edition of a document's certificate, as issued and stored: the JSON facts, its detached
     * CMS signature and the signed PDF, all stating the same number.
     *
     * @param edition   1 for the first certificate; a re-issue is the next edition with a new number
     * @param reissueOf the number of the first edition, for a re-issue
     * @param reason    why it was re-issued, for a re-issue
     */
    public record Issued(
            String number,
            String kind,
            UUID id,
            int edition,
            @Nullable String reissueOf,
            @Nullable String reason,
            Instant issuedAt,
            byte[] json,
            byte[] p7s,
            byte[] pdf) {

        /** One stored form; the time-stamp response is the document's own, not part of the certificate. */
        public byte[] form(Format format) {
            return switch (format) {
                case JSON -> json.clone();
                case P7S -> p7s.clone();
                case PDF -> pdf.clone();
                case TSR -> throw new IllegalArgumentException("the time-stamp response is the document's own");
            };
        }
    }

    /**
     * A certificate in one form, handed out to the caller: the document's newest stored edition,
     * byte for byte (the first call issues and stores edition 1). Each hand-out is announced as a
     * {@link CertificateIssued} event (which the audit area records).
     */
    public byte[] issue(CertificateFacts f, Format format) {
        events.publishEvent(new CertificateIssued(f.kind(), f.id(), f.owner(), format.extension()));
        if (format == Format.TSR) {
            return f.timestamp().clone();
        }
        return current(f).form(format);
    }

    /** The document's newest certificate edition, issuing and storing the first one if there is none yet. */
    public Issued current(CertificateFacts f) {
        return store.latest(f.kind(), f.id()).orElseGet(() -> store.insert(render(f, 1, null, null)));
    }

    /**
     * Re-issues a document's certificate (after a key roll-over, say) as a new numbered edition
     * that names the first; earlier editions stay stored and verifiable.
     */
    public Issued reissue(CertificateFacts f, String reason) {
        current(f);
        List<Issued> all = store.editions(f.kind(), f.id());
        return store.insert(
                render(f, all.getLast().edition() + 1, all.getFirst().number(), reason));
    }

    /** Every edition of a document's certificate, first one first. */
    public List<Issued> editions(String kind, UUID id) {
        return store.editions(kind, id);
    }

    private Issued render(CertificateFacts f, int edition, @Nullable String reissueOf, @Nullable String reason) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Edition e = new Edition(store.nextNumber(now), edition, reissueOf, reason, now);
        Map<String, Object> m = facts(f, e);
        byte[] json = CanonicalJson.bytes(m);
        return new Issued(
                e.number(),
                f.kind(),
                f.id(),
                edition,
                reissueOf,
                reason,
                now,
                json,
                signer.signDetached(json),
                pdf(f, m, e));
    }

    /** What tells one edition of a certificate from another. */
    private record Edition(
            String number,
            int edition,
            @Nullable String reissueOf,
            @Nullable String reason,
            Instant issuedAt) {}

    private byte[] pdf(CertificateFacts f, Map<String, Object> m, Edition e) {
        Map<?, ?> logPart = (Map<?, ?>) Objects.requireNonNull(m.get("log"));
        Map<?, ?> ts = (Map<?, ?>) Objects.requireNonNull(m.get("timestamp"));
        String sha256 = HexFormat.of().formatHex(f.sha256());
        Wording w = Wording.of(f.kind());
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        rows.add(Map.entry(
                "证书编号 Certificate number  ·  签发日期 Issued",
                e.number() + "  ·  " + times(e.issuedAt().toString())
                        + (e.reissueOf() == null ? "" : "\n补发，原证书 Re-issue of " + e.reissueOf() + ": " + e.reason())));
        rows.add(Map.entry(w.id(), f.id().toString()));
        rows.add(Map.entry(w.party(), f.organisation() == null ? f.depositor() : f.organisation()));
        rows.add(Map.entry("作物 Crop", f.crop()));
        rows.add(Map.entry("材料 Material", f.material()));
        rows.add(Map.entry(
                w.visibility(),
                !f.kind().equals("deposit")
                        ? f.visibility()
                        : f.visibility().equals("SEALED") ? "密封（商业秘密） SEALED (trade secret)" : "公开 OPEN"));
        rows.add(Map.entry("内容摘要 SHA-256 of the canonical content", sha256));
        rows.add(Map.entry(w.time(), times(f.time().toString())));
        rows.add(Map.entry(
                "可信时间戳 RFC 3161 time-stamp",
                times(String.valueOf(ts.get("genTime"))) + "\nserial " + ts.get("serialNumber")));
        rows.add(Map.entry(
                "透明日志 Transparency log",
                logPart.get("origin") + "  索引 index " + f.logIndex() + "  树大小 tree size " + logPart.get("treeSize")
                        + "\n" + logPart.get("entry")));
        rows.add(Map.entry(
                "根证书 SHA-256 指纹 Root CA SHA-256 fingerprint", EvidenceKeys.fingerprint(keys.rootCertificate())));
        String note = (String) Objects.requireNonNull(logPart.get("checkpoint"));
        List<String> instructions = List.of(
                "1. PDF 签名 The PDF signature: pdfsig -nssdir sql:nss cert.pdf must print all three: "
                        + "Signature is Valid. / Certificate is Trusted. / Total document signed",
                "   (nss trusts the root CA with the fingerprint above: " + publicUrl.link("/api/v1/evidence/ca.pem")
                        + ")",
                "2. 时间戳 The time-stamp: openssl ts -verify -digest " + sha256 + " -in " + f.kind()
                        + ".tsr -CAfile ca.pem",
                "3. 在线核验 Online: " + verifyUrl(f) + "  (QR code)",
                "详见 In full: docs/verification.md of the registry");
        try {
            return PdfCertificate.render(
                    new PdfCertificate.Page(
                            w.title(),
                            "签发机构 Issued by: " + props.operator(),
                            Objects.requireNonNullElse(w.statement(), props.statement()),
                            rows,
                            List.of(note.split("\n")),
                            instructions,
                            verifyUrl(f),
                            w.annex(),
                            f.annex()),
                    signer::signDetached);
        } catch (IOException io) {
            throw new UncheckedIOException("PDF certificate of " + f.id(), io);
        }
    }

    /** An instant in UTC and in the registry's time zone. */
    private String times(String instant) {
        Instant t = Instant.parse(instant);
        return t + "  (" + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(t.atZone(props.timeZone())) + " "
                + props.timeZone().getId() + ")";
    }

    /** The PDF's title and row labels for a document kind; deposits' unless the kind has its own. */
    private record Wording(
            String title,
            String id,
            String party,
            String visibility,
            String time,
            String annex,
            @Nullable String statement) {
        static Wording of(String kind) {
            return switch (kind) {
                case "report" ->
                    new Wording(
                            "DNA 指纹比对报告  DNA Fingerprint Comparison Report",
                            "报告编号 Report ID",
                            "申请方 Requested by",
                            "比对结果 Result",
                            "比对时间 Compared at",
                            "附表：差异位点 Annex: differing loci",
                            "本报告证明：下列比对结果于所载时间生成，其规范内容的 SHA-256 摘要已由可信时间戳签署并记入本登记处的公开透明日志。"
                                    + " This report certifies that the comparison below was computed at the time stated,"
                                    + " and that the SHA-256 digest of its canonical content was time-stamped"
                                    + " (RFC 3161) and entered in the registry's public transparency log.");
                case "agreement" ->
                    new Wording(
                            "植物育种材料转让协议证书  Material Transfer Agreement Certificate",
                            "协议编号 Agreement ID",
                            "当事方 Parties",
                            "许可用途 Permitted use",
                            "双方接受时间 Accepted by both parties at",
                            "附表 Annex",
                            "本证书证明：下列协议已于所载时间经双方接受，其规范内容的 SHA-256 摘要已由可信时间戳签署并记入本登记处的公开透明日志。"
                                    + " This certificate attests that the agreement below was accepted by both parties at"
                                    + " the time stated, and that the SHA-256 digest of its canonical content was"
                                    + " time-stamped (RFC 3161) and entered in the registry's public transparency log.");
                default ->
                    new Wording(
                            "植物育种材料保藏证书  Breeding Material Deposit Certificate",
                            "保藏编号 Deposit ID",
                            "保藏人 Depositor",
                            "公开方式 Visibility",
                            "保藏时间 Deposited at",
                            "附表 Annex",
                            null);
            };
        }
    }

    String verifyUrl(CertificateFacts f) {
        // The public verify page (web area), which a phone opens from the QR code.
        return publicUrl.link("/verify?" + f.kind() + "=" + f.id());
    }

    private Map<String, Object> facts(CertificateFacts f, Edition e) {
        TimeStampToken token = tsa.verify(f.timestamp(), f.sha256());
        byte[] entry = EvidenceDocuments.entry(f.kind(), f.id(), f.sha256());
        long size = f.logIndex() + 1;
        SignedCheckpoint cp = log.checkpoint(size)
                .orElseThrow(() -> new IllegalStateException("checkpoint " + size + " is missing from the log"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("certificate", SCHEMA);
        m.put("number", e.number());
        m.put("edition", e.edition());
        m.put("issuedAt", e.issuedAt().toString());
        if (e.reissueOf() != null) m.put("reissueOf", e.reissueOf());
        if (e.reason() != null) m.put("reason", e.reason());
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
