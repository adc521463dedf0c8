package org.seedprint.registry.varieties;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.PageResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/crops")
@Tag(name = "crops")
class CropController {

    private final CropService crops;

    CropController(CropService crops) {
        this.crops = crops;
    }

    record CropView(
            String upovCode,
            String latinName,
            String chineseName,
            String englishName,
            int maxDifferingIndistinct,
            BigDecimal edvSimilarity,
            BigDecimal minComparedFraction,
            long version) {
        static CropView of(Crop c) {
            return new CropView(
                    c.getUpovCode(),
                    c.getLatinName(),
                    c.getChineseName(),
                    c.getEnglishName(),
                    c.getMaxDifferingIndistinct(),
                    c.getEdvSimilarity(),
                    c.getMinComparedFraction(),
                    c.getVersion());
        }
    }

    record Thresholds(
            @NotNull @Min(0) Integer maxDifferingIndistinct,

            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
            BigDecimal edvSimilarity,

            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
            BigDecimal minComparedFraction) {}

    @GetMapping
    PageResponse<CropView> list(@ParameterObject @PageableDefault(size = 50, sort = "upovCode") Pageable page) {
        return PageResponse.of(crops.list(page), CropView::of);
    }

    @GetMapping("/{code}")
    ResponseEntity<CropView> get(@PathVariable String code) {
        Crop c = crops.find(code).orElseThrow(() -> new NotFound("crop " + code));
        return ResponseEntity.ok().eTag("\"" + c.getVersion() + "\"").body(CropView.of(c));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Set a crop's classification thresholds (administrators); If-Match optional")
    ResponseEntity<CropView> put(
            @PathVariable String code,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody Thresholds t) {
        Long expected = ifMatch == null ? null : VarietyController.parseEtag(ifMatch);
        Crop c = crops.setThresholds(
                code, expected, t.maxDifferingIndistinct(), t.edvSimilarity(), t.minComparedFraction());
        return ResponseEntity.ok().eTag("\"" + c.getVersion() + "\"").body(CropView.of(c));
    }
}
