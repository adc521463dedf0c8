package org.seedprint.registry.varieties;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

    CropService(CropRepository crops) {
        this.crops = crops;
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
        c.setThresholds(d, tEdv, minCompared);
        return crops.saveAndFlush(c);
    }
}
