package dev.helpdesk.customer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain (messages and the aggregates) stays free of persistence, messaging, HTTP and Spring's web. */
@AnalyzeClasses(packages = "dev.helpdesk.customer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theDomainKnowsNoInfrastructure = noClasses()
            .that().resideInAnyPackage("..customer.api..", "..customer.command..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                    "com.mongodb..", "org.bson..", "org.apache.kafka..", "org.springframework.kafka..",
                    "dev.helpdesk.customer.web..", "dev.helpdesk.customer.directory..",
                    "dev.helpdesk.customer.integration..", "dev.helpdesk.contracts..");

    @ArchTest
    static final ArchRule messagesDoNotDependOnTheAggregates = noClasses()
            .that().resideInAPackage("..customer.api..")
            .should().dependOnClassesThat().resideInAPackage("..customer.command..");

    @ArchTest
    static final ArchRule onlyTheEdgeSpeaksThePublishedLanguage = noClasses()
            .that().resideOutsideOfPackage("..customer.integration..")
            .should().dependOnClassesThat().resideInAPackage("dev.helpdesk.contracts.customer..");
}
