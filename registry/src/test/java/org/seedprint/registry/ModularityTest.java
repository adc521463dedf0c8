package org.seedprint.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The areas are Spring Modulith application modules: each reaches others only through their
 * public API (the base package's public types; {@code internal} sub-packages stay private), only
 * along the dependencies its {@code package-info.java} allows, and without cycles. The module
 * diagram in docs/modules/ is the one generated from the code.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(RegistryApplication.class);
    static final Path DOCS = Path.of("../docs/modules");
    static final String DIAGRAM = "components.puml";

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * Modulith would accept a public repository in a module's base package as part of its API;
     * the house rule is stricter: no area reads another area's tables, not even through its API.
     */
    @Test
    void repositoriesAreUsedOnlyInsideTheirOwnModule() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .and()
                .areInterfaces()
                .should(new ArchCondition<>("be used only by classes of their own module") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        repository.getDirectDependenciesToSelf().forEach(d -> {
                            if (!module(d.getOriginClass()).equals(module(repository))) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        });
                    }
                })
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.seedprint.registry"));
    }

    private static List<String> sortedLines(String text) {
        return text.lines().map(String::strip).sorted().toList();
    }

    private static String module(JavaClass type) {
        return MODULES.getModuleByType(type.getName())
                .map(m -> m.getIdentifier().toString())
                .orElse(type.getPackageName());
    }

    @Test
    void theCommittedModuleDiagramIsTheGeneratedOne() throws IOException {
        Path out = Path.of("target/modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
                .writeModulesAsPlantUml(
                        Documenter.DiagramOptions.defaults().withStyle(Documenter.DiagramOptions.DiagramStyle.C4));
        String generated = Files.readString(out.resolve(DIAGRAM));
        if (Boolean.getBoolean("seedprint.write-module-diagram")) {
            Files.createDirectories(DOCS);
            Files.writeString(DOCS.resolve(DIAGRAM), generated);
        }
        // Modulith lists modules and relations in no fixed order: compare the lines as a set.
        assertThat(sortedLines(Files.readString(DOCS.resolve(DIAGRAM))))
                .as(
                        "docs/modules/%s is stale: run ./mvnw -pl registry -am test -Dtest=ModularityTest"
                                + " -Dsurefire.failIfNoSpecifiedTests=false -Dseedprint.write-module-diagram=true"
                                + " and commit it",
                        DIAGRAM)
                .isEqualTo(sortedLines(generated));
    }
}
