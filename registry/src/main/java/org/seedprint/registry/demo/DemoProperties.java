package org.seedprint.registry.demo;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled       load the demo library at start when the registry has no variety yet
 * @param dataDirectory the project's {@code data/} folder (maize282 and demo-rice); when it is not
 *                      there, the copy packed in the jar is unpacked into {@code unpackDirectory}
 * @param unpackDirectory where the packed demo library is unpacked
 */
@ConfigurationProperties("seedprint.demo")
public record DemoProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("data") String dataDirectory,
        @DefaultValue("var/demo-data") String unpackDirectory) {

    /** A plain file path (Spring's Path conversion would read "../data" as a resource). */
    public Path dataPath() {
        return Path.of(dataDirectory);
    }

    public Path unpackPath() {
        return Path.of(unpackDirectory).toAbsolutePath().normalize();
    }
}
