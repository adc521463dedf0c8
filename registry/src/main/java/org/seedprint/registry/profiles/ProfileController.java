package org.seedprint.registry.profiles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.PageResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "profiles")
class ProfileController {

    private final ProfileService profiles;

    ProfileController(ProfileService profiles) {
        this.profiles = profiles;
    }

    record PanelView(long id, String cropCode, String name, String version, int loci, Instant createdAt) {
        static PanelView of(PanelRecord p) {
            return new PanelView(
                    p.getId(), p.getCropCode(), p.getName(), p.getPanelVersion(), p.getLocusCount(), p.getCreatedAt());
        }
    }

    record SampleView(
            long id,
            long varietyId,
            String barcode,
            @Nullable String seedLot,
            @Nullable String storagePlace) {}

    record ProfileView(
            long id,
            PanelView panel,
            SampleView sample,
            Provenance provenance,
            BigDecimal callRate,
            @Nullable BigDecimal meanDepth,
            BigDecimal multiAllelicRate,
            Instant createdAt,
            Map<String, List<String>> genotypes) {}

    @GetMapping("/api/v1/panels")
    PageResponse<PanelView> panels(@ParameterObject @PageableDefault(size = 20, sort = "id") Pageable page) {
        return PageResponse.of(profiles.panels(page), PanelView::of);
    }

    @DeleteMapping("/api/v1/profiles/{id}")
    @Operation(summary = "Remove a profile (administrators); refused (409) while stored match results cite it")
    ResponseEntity<Void> delete(@PathVariable long id) {
        profiles.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/profiles/{id}")
    @Operation(summary = "A profile with its sample, provenance, QC and genotypes (alleles per locus id; [] = missing)")
    ResponseEntity<ProfileView> profile(@PathVariable long id) {
        StoredProfile p = profiles.profile(id).orElseThrow(() -> new NotFound("profile " + id));
        PanelRecord panel = profiles.panel(p.getPanelId()).orElseThrow();
        Sample s = profiles.sample(p.getSampleId()).orElseThrow();
        return ResponseEntity.ok()
                .eTag("\"" + p.getVersion() + "\"")
                .body(new ProfileView(
                        p.getId(),
                        PanelView.of(panel),
                        new SampleView(
                                s.getId(), s.getVarietyId(), s.getBarcode(), s.getSeedLot(), s.getStoragePlace()),
                        p.getProvenance(),
                        p.getCallRate(),
                        p.getMeanDepth(),
                        p.getMultiAllelicRate(),
                        p.getCreatedAt(),
                        profiles.genotypes(id)));
    }
}
