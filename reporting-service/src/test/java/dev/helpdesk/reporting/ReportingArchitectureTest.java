package dev.helpdesk.reporting;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The roles stay apart: the edges depend on the projections, never on each other. */
class ReportingArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.helpdesk.reporting");

    @Test
    void theRolePackagesHaveNoCycles() {
        slices().matching("dev.helpdesk.reporting.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void projectionsKnowNeitherKafkaNorHttp() {
        noClasses().that().resideInAPackage("..reporting.query..")
                .should().dependOnClassesThat().resideInAnyPackage("..reporting.integration..", "..reporting.web..",
                        "org.springframework.cloud.stream..", "org.apache.kafka..", "org.springframework.web..")
                .check(CLASSES);
    }

    @Test
    void theWebAndTheKafkaEdgesDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("..reporting.web..")
                .should().dependOnClassesThat().resideInAPackage("..reporting.integration..").check(CLASSES);
        noClasses().that().resideInAPackage("..reporting.integration..")
                .should().dependOnClassesThat().resideInAPackage("..reporting.web..").check(CLASSES);
    }
}
