package org.seedprint.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** Areas talk through public services: no reaching into another area's repositories, and nothing below the web layer depends on it. */
class AreaBoundariesTest {

    private static final JavaClasses REGISTRY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.seedprint.registry");

    @Test
    void repositoriesAreUsedOnlyInsideTheirOwnArea() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .and()
                .areInterfaces()
                .should(new ArchCondition<>("be used only by classes of their own package") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        repository.getDirectDependenciesToSelf().forEach(d -> {
                            if (!d.getOriginClass().getPackageName().equals(repository.getPackageName())) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        });
                    }
                })
                .check(REGISTRY);
    }

    @Test
    void onlyTheWebLayerDependsOnIt() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.seedprint.registry.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.seedprint.registry.web..")
                .check(REGISTRY);
    }
}
