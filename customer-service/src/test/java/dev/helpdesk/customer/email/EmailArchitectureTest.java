package dev.helpdesk.customer.email;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Inbound e-mail's domain (messages and the aggregate) stays free of HTTP, persistence, Kafka and the contracts. */
@AnalyzeClasses(packages = "dev.helpdesk.customer", importOptions = ImportOption.DoNotIncludeTests.class)
class EmailArchitectureTest {

    @ArchTest
    static final ArchRule theDomainKnowsNoInfrastructure = noClasses()
            .that().resideInAnyPackage("..email.api..", "..email.command..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                    "com.mongodb..", "org.bson..", "org.apache.kafka..", "org.springframework.kafka..",
                    "dev.helpdesk.customer.email.web..", "dev.helpdesk.customer.email.integration..",
                    "dev.helpdesk.customer.channel..", "dev.helpdesk.contracts..");

    @ArchTest
    static final ArchRule messagesDoNotDependOnTheAggregate = noClasses()
            .that().resideInAPackage("..email.api..")
            .should().dependOnClassesThat().resideInAPackage("..email.command..");

    @ArchTest
    static final ArchRule onlyTheEdgeSpeaksThePublishedLanguage = noClasses()
            .that().resideOutsideOfPackages("..email.integration..")
            .should().dependOnClassesThat().resideInAPackage("dev.helpdesk.contracts.email..");
}
