package org.seedprint.registry.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.platform.AccessRule;
import org.seedprint.registry.platform.AccessRules;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** docs/security.md carries the same rules table as the code: every area's rules, in order. */
@RegistryIntegrationTest
class SecurityDocumentationTest {

    @Autowired
    AccessRules rules;

    @Test
    void theDocumentedTableIsTheTableInCode() throws IOException {
        String doc = Files.readString(Path.of("../docs/security.md"));
        String table = doc.substring(doc.indexOf("<!-- rules:begin"), doc.indexOf("<!-- rules:end"));
        List<String> documented =
                table.lines().filter(l -> l.startsWith("| ") && l.contains("`")).toList();
        List<String> expected =
                rules.rules().stream().map(SecurityDocumentationTest::row).toList();
        assertThat(documented)
                .as(
                        "docs/security.md must list the access rules in order; the rows in code are:%n%s",
                        String.join(System.lineSeparator(), expected))
                .containsExactlyElementsOf(expected);
    }

    private static String row(AccessRule r) {
        String method = r.method() == null ? "any" : r.method().name();
        String who =
                r.isPublic() ? "public" : r.roles().stream().map(Role::name).collect(Collectors.joining(", "));
        return "| " + method + " | `" + r.pattern() + "` | " + who + " |";
    }
}
