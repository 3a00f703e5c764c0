package org.daksetu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bounded contexts of docs/ARCHITECTURE.md and the layers inside them, kept by the build. */
class ArchitectureTest {

    static final List<String> CONTEXTS = List.of("network", "booking", "tracking", "delivery", "cod", "capacity",
            "review", "simulation", "console");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.daksetu");
    }

    @Test
    void shared_value_types_depend_on_the_JDK_only() {
        classes().that().resideInAPackage("org.daksetu.shared..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.daksetu.shared..", "java..")
                .check(classes);
    }

    @Test
    void domain_code_knows_neither_Spring_nor_SQL_nor_other_layers() {
        classes().that().resideInAPackage("org.daksetu.*.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.daksetu.*.domain..", "org.daksetu.shared..", "java..")
                .check(classes);
    }

    @Test
    void application_code_does_not_reach_into_infrastructure_or_api() {
        noClasses().that().resideInAPackage("org.daksetu.*.application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.daksetu.*.infrastructure..", "org.daksetu.*.api..")
                .check(classes);
    }

    @Test
    void a_context_uses_another_only_through_its_application_services_and_domain_types() {
        for (String context : CONTEXTS) {
            for (String other : CONTEXTS) {
                if (!context.equals(other)) {
                    noClasses().that().resideInAPackage("org.daksetu." + context + "..")
                            .should().dependOnClassesThat().resideInAnyPackage(
                                    "org.daksetu." + other + ".infrastructure..", "org.daksetu." + other + ".api..")
                            .allowEmptyShould(true)
                            .check(classes);
                }
            }
        }
    }

    @Test
    void no_context_depends_on_the_platform_s_wiring_and_only_storage_code_uses_its_database_helpers() {
        noClasses().that().resideInAnyPackage(CONTEXTS.stream().map(c -> "org.daksetu." + c + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("org.daksetu.platform.cli..", "org.daksetu.platform.web..")
                .check(classes);
        noClasses().that().resideInAnyPackage(CONTEXTS.stream().flatMap(c -> java.util.stream.Stream.of(
                        "org.daksetu." + c + ".domain..", "org.daksetu." + c + ".application..", "org.daksetu." + c + ".api.."))
                        .toArray(String[]::new))
                .should().dependOnClassesThat().resideInAPackage("org.daksetu.platform.db..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
