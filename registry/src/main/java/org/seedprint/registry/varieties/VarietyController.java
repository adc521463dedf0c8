package org.seedprint.registry.varieties;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.platform.DomainException.PreconditionRequired;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reading and writing single varieties; the searchable list lives in the search area. */
@RestController
@RequestMapping("/api/v1/varieties")
@Tag(name = "varieties")
class VarietyController {

    private final VarietyService varieties;
    private final VarietyViews views;
    private final List<DenominationCheck> denominationChecks;

    VarietyController(VarietyService varieties, VarietyViews views, List<DenominationCheck> denominationChecks) {
        this.varieties = varieties;
        this.views = views;
        this.denominationChecks = denominationChecks;
    }

    record Created(VarietyView variety, List<DenominationCheck.SimilarName> similarDenominations) {}

    @GetMapping("/{id}")
    @Operation(summary = "One variety; its ETag is its version, for If-Match on PUT")
    ResponseEntity<VarietyView> get(@PathVariable long id) {
        Variety v = varieties.find(id).orElseThrow(() -> new NotFound("variety " + id));
        return ResponseEntity.ok().eTag(etag(v)).body(views.view(v));
    }

    @PostMapping
    @Operation(summary = "Register a variety; the answer lists existing names it might be confused with (UPOV rule)")
    ResponseEntity<Created> create(@RequestBody VarietyData data) {
        Variety v = varieties.create(data);
        List<DenominationCheck.SimilarName> similar = denominationChecks.stream()
                .flatMap(
                        c -> c
                                .similar(
                                        v.getCropCode(),
                                        v.getDenominationLatin(),
                                        v.getDenominationChinese(),
                                        v.getId())
                                .stream())
                .toList();
        return ResponseEntity.created(URI.create("/api/v1/varieties/" + v.getId()))
                .eTag(etag(v))
                .body(new Created(views.view(v), similar));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a variety's facts; needs If-Match with the ETag read before")
    ResponseEntity<VarietyView> update(
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody VarietyData data) {
        if (ifMatch == null) {
            throw new PreconditionRequired("If-Match", "send If-Match with the ETag of the version you edited");
        }
        Variety v = varieties.update(id, parseEtag(ifMatch), data);
        return ResponseEntity.ok().eTag(etag(v)).body(views.view(v));
    }

    /** The new owner (null: none) and why; only administrators, audited with the reason. */
    record OwnerChange(
            @Nullable Long ownerOrganisationId, @Nullable String reason) {}

    @PutMapping("/{id}/owner")
    @Operation(summary = "Move a variety to another owner organisation (administrators), with the reason audited")
    ResponseEntity<VarietyView> transfer(@PathVariable long id, @RequestBody OwnerChange change) {
        Variety v = varieties.transferOwnership(
                id, change.ownerOrganisationId(), change.reason() == null ? "" : change.reason());
        return ResponseEntity.ok().eTag(etag(v)).body(views.view(v));
    }

    private static String etag(Variety v) {
        return "\"" + v.getVersion() + "\"";
    }

    static long parseEtag(String ifMatch) {
        String s = ifMatch.trim();
        if (s.startsWith("W/")) s = s.substring(2);
        s = s.replace("\"", "");
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new Invalid("If-Match", "not an ETag of this API: " + ifMatch);
        }
    }
}
