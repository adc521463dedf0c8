package org.seedprint.registry.varieties;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.audit.AuditActions;
import org.seedprint.registry.audit.AuditChanges;
import org.seedprint.registry.audit.AuditEntry;
import org.seedprint.registry.audit.AuditOutcome;
import org.seedprint.registry.audit.AuditTrail;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.DomainException.PreconditionFailed;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Crops and their thresholds, for the other areas. */
@Service
@Transactional(readOnly = true)
public class CropService {

    private final CropRepository crops;
    private final AuditTrail audit;

    CropService(CropRepository crops, AuditTrail audit) {
        this.crops = crops;
        this.audit = audit;
    }

    public Optional<Crop> find(String code) {
        return crops.findById(code);
    }

    public Crop get(String code) {
        return find(code).orElseThrow(() -> new NotFound("crop " + code));
    }

    public Page<Crop> list(Pageable page) {
        return crops.findAll(page);
    }

    @Transactional
    public Crop setThresholds(
            String code, @Nullable Long expectedVersion, int d, BigDecimal tEdv, BigDecimal minCompared) {
        Crop c = get(code);
        if (expectedVersion != null && expectedVersion != c.getVersion()) {
            throw new PreconditionFailed("version", "crop " + code + " is at version " + c.getVersion());
        }
        Map<String, @Nullable Object> before = thresholds(c);
        c.setThresholds(d, tEdv, minCompared);
        Crop saved = crops.saveAndFlush(c);
        audit.record(new AuditEntry(
                AuditActions.THRESHOLD_CHANGE,
                "crop:" + code,
                null,
                AuditOutcome.SUCCESS,
                AuditChanges.detail(
                        AuditChanges.diff(before, thresholds(saved)), Map.of("version", saved.getVersion()))));
        return saved;
    }

    private static Map<String, @Nullable Object> thresholds(Crop c) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("maxDifferingIndistinct", c.getMaxDifferingIndistinct());
        // plain strings: 0.90 and 0.9 are the same threshold, compared and shown as numbers
        m.put("edvSimilarity", c.getEdvSimilarity().stripTrailingZeros().toPlainString());
        m.put(
                "minComparedFraction",
                c.getMinComparedFraction().stripTrailingZeros().toPlainString());
        return m;
    }
}
