package dev.helpdesk.ticket;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain (messages and the aggregate) stays free of persistence, HTTP and Spring. */
@AnalyzeClasses(packages = "dev.helpdesk.ticket", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theDomainKnowsNoInfrastructure = noClasses()
            .that().resideInAnyPackage("..ticket.api..", "..ticket.command..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                    "com.mongodb..", "org.bson..", "org.apache.kafka..", "org.springframework.kafka..",
                    "dev.helpdesk.ticket.web..", "dev.helpdesk.ticket.query..", "dev.helpdesk.ticket.integration..");

    @ArchTest
    static final ArchRule messagesDoNotDependOnTheAggregate = noClasses()
            .that().resideInAPackage("..ticket.api..")
            .should().dependOnClassesThat().resideInAPackage("..ticket.command..");
}
