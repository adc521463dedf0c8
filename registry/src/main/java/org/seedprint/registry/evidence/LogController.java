package org.seedprint.registry.evidence;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Public evidence endpoints: checkpoints, proofs, the log audit, the trust anchors and the verifier. */
@RestController
@RequestMapping("/api/v1")
class LogController {

    private final TransparencyLog log;
    private final EvidenceKeys keys;
    private final Verifier verifier;
    private final VerifierLimits limits;

    LogController(TransparencyLog log, EvidenceKeys keys, Verifier verifier, VerifierLimits limits) {
        this.log = log;
        this.keys = keys;
        this.verifier = verifier;
        this.limits = limits;
    }

    /**
     * The newest signed checkpoint (C2SP tlog-checkpoint in a signed note), also the tlog-tiles
     * {@code <prefix>/checkpoint}: it changes with every append, so caches keep it a few seconds only.
     */
    @GetMapping(value = "/log/checkpoint", produces = "text/plain; charset=utf-8")
    ResponseEntity<String> checkpoint() {
        String note = log.latest()
                .orElseThrow(() -> new NotFound("checkpoint: the log is empty, so a checkpoint"))
                .note();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(5)).cachePublic())
                .body(note);
    }

    @GetMapping(value = "/log/checkpoints/{size}", produces = MediaType.TEXT_PLAIN_VALUE)
    String checkpoint(@PathVariable long size) {
        return log.checkpoint(size)
                .orElseThrow(() -> new NotFound("checkpoint for tree size " + size))
                .note();
    }

    /** The log's note verifier key in Go's vkey form (name+id+key). */
    @GetMapping(value = "/log/key", produces = MediaType.TEXT_PLAIN_VALUE)
    String key() {
        return log.verifierKey().verifierKey() + "\n";
    }

    @GetMapping("/log/proof/inclusion")
    Map<String, Object> inclusion(@RequestParam long index, @RequestParam(required = false) Long treeSize) {
        long size = treeSize != null ? treeSize : latestSize();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", index);
        m.put("treeSize", size);
        List<byte[]> proof = log.inclusionProof(index, size);
        m.put("leafHash", b64(log.leafHash(index)));
        m.put("proof", b64(proof));
        m.put("checkpoint", log.checkpoint(size).map(SignedCheckpoint::note).orElse(null));
        return m;
    }

    @GetMapping("/log/proof/consistency")
    Map<String, Object> consistency(@RequestParam long first, @RequestParam(required = false) Long second) {
        long size2 = second != null ? second : latestSize();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("first", first);
        m.put("second", size2);
        m.put("proof", b64(log.consistencyProof(first, size2)));
        return m;
    }

    /** Recomputes the tree from the stored entries and checks every signed checkpoint against it. */
    @GetMapping("/log/audit")
    LogAudit audit() {
        return log.audit();
    }

    /** The root CA that courts trust for time-stamps and certificate signatures. */
    @GetMapping(value = "/evidence/ca.pem", produces = "application/x-pem-file")
    String rootCa() {
        return EvidenceKeys.pem(keys.rootCertificate());
    }

    @GetMapping(value = "/evidence/tsa.pem", produces = "application/x-pem-file")
    String tsaCertificate() {
        return EvidenceKeys.pem(keys.tsa().certificate());
    }

    /**
     * Upload a certificate (PDF, JSON + .p7s, .tsr + data); answers valid or invalid with the
     * reason. Anonymous (no session, no CSRF token), within a size and a rate limit.
     */
    @PostMapping(value = "/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Verification verify(
            @RequestPart("file") MultipartFile file,
            @RequestPart(name = "companion", required = false) @Nullable MultipartFile companion,
            HttpServletRequest request)
            throws IOException {
        limits.admit(request.getRemoteAddr());
        limits.checkSize("file", file.getSize() + (companion == null ? 0 : companion.getSize()));
        return verifier.verify(file.getBytes(), companion == null ? null : companion.getBytes());
    }

    private long latestSize() {
        return log.latest()
                .map(c -> c.checkpoint().size())
                .orElseThrow(() -> new NotFound("checkpoint: the log is empty, so a checkpoint"));
    }

    private static String b64(byte[] h) {
        return Base64.getEncoder().encodeToString(h);
    }

    private static List<String> b64(List<byte[]> hashes) {
        return hashes.stream().map(LogController::b64).toList();
    }
}
