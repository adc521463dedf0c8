package org.seedprint.registry.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where the demo library is: the configured folder (the project's {@code data/}) when it holds
 * it, else the copy packed in the registry jar (under {@code demo-data/}), unpacked into a
 * folder of its own, so that the jar started from any directory loads the demo.
 */
final class DemoData {

    static final String PACKED = "demo-data";
    static final String[] LIBRARIES = {"maize282", "demo-rice"};

    private DemoData() {}

    /** A folder holding maize282/ and demo-rice/, or the configured one (which the caller reports) when none does. */
    static Path locate(Path configured, Path unpackInto) throws IOException {
        if (holdsLibraries(configured)) return configured;
        Resource[] files = new PathMatchingResourcePatternResolver(DemoData.class.getClassLoader())
                .getResources("classpath*:" + PACKED + "/**");
        if (files.length == 0) return configured;
        for (Resource r : files) {
            String url = r.getURL().toString();
            int at = url.lastIndexOf("/" + PACKED + "/");
            if (at < 0 || url.endsWith("/") || !r.isReadable()) continue;
            Path target =
                    unpackInto.resolve(url.substring(at + PACKED.length() + 2)).normalize();
            if (!target.startsWith(unpackInto)) continue;
            Files.createDirectories(target.getParent());
            try (InputStream in = r.getInputStream()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return holdsLibraries(unpackInto) ? unpackInto : configured;
    }

    static boolean holdsLibraries(Path dir) {
        for (String library : LIBRARIES) {
            if (!Files.isDirectory(dir.resolve(library))) return false;
        }
        return true;
    }
}
