package org.seedprint.registry.evidence;

import java.time.Duration;
import org.seedprint.registry.platform.DomainException.NotFound;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The C2SP tlog-tiles read API under the prefix {@code /api/v1/log}: {@code checkpoint} (in
 * {@link LogController}), {@code tile/<L>/<N>[.p/<W>]} and {@code tile/entries/<N>[.p/<W>]}. A tile
 * never changes once the tree holds it, so every tile is served as immutable.
 */
@RestController
@RequestMapping("/api/v1/log/tile")
class TileController {

    private static final CacheControl IMMUTABLE =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final TransparencyLog log;

    TileController(TransparencyLog log) {
        this.log = log;
    }

    @GetMapping(value = "/{level}/{*index}", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    ResponseEntity<byte[]> tile(@PathVariable String level, @PathVariable String index) {
        TilePath path = TilePath.parse(level, index);
        byte[] tile = log.tile(path).orElseThrow(() -> new NotFound(path.path()));
        return ResponseEntity.ok().cacheControl(IMMUTABLE).body(tile);
    }
}
