package dev.helpdesk.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The published language depends on nothing but the JDK, so any consumer can take it. */
@AnalyzeClasses(packages = "dev.helpdesk.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractsArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheJdk = noClasses()
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "dev.helpdesk.contracts..");
}
