package io.github.netmoe.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of the architecture document: moe-core depends on no sibling module, its API package
 * does not reach into the learning machinery, and no package cycles exist.
 */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.netmoe.core");

    @Test
    void coreDependsOnNoSiblingModule() {
        noClasses().that().resideInAPackage("io.github.netmoe.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.netmoe.wireless..",
                        "io.github.netmoe.gridworld..", "io.github.netmoe.llm..", "io.github.netmoe.benchmarks..")
                .check(CORE);
    }

    @Test
    void theDecisionApiDoesNotDependOnTheLearningMachinery() {
        noClasses().that().resideInAPackage("io.github.netmoe.core")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.netmoe.core.rl..", "org.nd4j..")
                .check(CORE);
    }

    @Test
    void corePackagesAreFreeOfCycles() {
        slices().matching("io.github.netmoe.core.(**)").should().beFreeOfCycles().check(CORE);
    }
}
