package org.seedprint.registry.deposits;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The case's evidence bundle for its court (the court pages link here). */
@RestController
class CaseBundleController {

    private final CaseBundles bundles;

    CaseBundleController(CaseBundles bundles) {
        this.bundles = bundles;
    }

    @GetMapping(value = "/api/v1/cases/{id}/bundle", produces = "application/zip")
    ResponseEntity<byte[]> bundle(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-" + id + "-evidence.zip\"")
                .body(bundles.bundle(id));
    }
}
