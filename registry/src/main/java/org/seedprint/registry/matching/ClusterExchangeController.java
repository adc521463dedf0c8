package org.seedprint.registry.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.seedprint.matcher.index.LibraryIndex;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.seedprint.registry.profiles.PanelRecord;
import org.seedprint.registry.profiles.ProfileService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The registry's side of the cluster jobs (docs/cluster.md): a panel's library out as a matcher
 * index (sample ids = profile ids), and the close-pair map computed from it back in.
 */
@RestController
@Tag(name = "matching")
class ClusterExchangeController {

    private final LibraryRegistry libraries;
    private final PairsMap pairs;
    private final ProfileService profiles;

    ClusterExchangeController(LibraryRegistry libraries, PairsMap pairs, ProfileService profiles) {
        this.libraries = libraries;
        this.pairs = pairs;
        this.profiles = profiles;
    }

    @GetMapping(path = "/api/v1/panels/{id}/library.idx", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @Operation(
            summary = "The panel's library as a matcher index, sample ids = profile ids, for "
                    + "`seedprint cluster export` and the cluster jobs")
    ResponseEntity<StreamingResponseBody> export(@PathVariable long id) throws IOException {
        PanelRecord panel = profiles.panel(id).orElseThrow(() -> new NotFound("panel " + id));
        Path dir = Files.createTempDirectory("seedprint-export");
        Path file = dir.resolve("library.idx");
        try {
            libraries.with(id, lib -> {
                try {
                    LibraryIndex.write(lib.library, file);
                    return file;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (RuntimeException e) {
            delete(dir, file);
            throw e;
        }
        String name = panel.getName() + "-v" + panel.getPanelVersion() + ".idx";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(Files.size(file))
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(out -> {
                    try {
                        Files.copy(file, out);
                    } finally {
                        delete(dir, file);
                    }
                });
    }

    record Adopted(long panelId, double minSimilarity, int librarySize, int pairs, long computedInMs) {}

    @PostMapping(path = "/api/v1/crops/{code}/pairs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Serve a close-pair map computed by the cluster job (pairs-map.jsonl) as the crop's "
                    + "map, after every pair in it is counted again against the library")
    Adopted adopt(
            @PathVariable String code,
            @RequestPart("map") MultipartFile map,
            @RequestParam(required = false) @Nullable Long panelId)
            throws IOException {
        PanelRecord panel = panelId != null
                ? profiles.panel(panelId)
                        .filter(p -> p.getCropCode().equals(code))
                        .orElseThrow(() -> new Invalid("panelId", "no panel " + panelId + " of crop " + code))
                : profiles.largestPanel(code).orElseThrow(() -> new NotFound("profiles of crop " + code));
        String name =
                map.getOriginalFilename() == null || map.getOriginalFilename().isBlank()
                        ? "map"
                        : map.getOriginalFilename();
        if (map.isEmpty()) throw new Invalid("map", "the uploaded file " + name + " is empty (0 bytes)");
        var utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(map.getInputStream(), utf8), 1 << 16)) {
            PairsMap.Result r = pairs.adopt(panel.getId(), code, name, in);
            return new Adopted(
                    r.panelId(), r.minSimilarity(), r.librarySize(), r.pairs().size(), r.computedInMs());
        }
    }

    private static void delete(Path dir, Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }
}
