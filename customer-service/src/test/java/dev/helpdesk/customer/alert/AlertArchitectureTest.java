package dev.helpdesk.customer.alert;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The alerts' domain (messages and the aggregate) stays free of HTTP, persistence, Kafka and the contracts. */
@AnalyzeClasses(packages = "dev.helpdesk.customer", importOptions = ImportOption.DoNotIncludeTests.class)
class AlertArchitectureTest {

    @ArchTest
    static final ArchRule theDomainKnowsNoInfrastructure = noClasses()
            .that().resideInAnyPackage("..alert.api..", "..alert.command..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                    "com.mongodb..", "org.bson..", "org.apache.kafka..", "org.springframework.kafka..",
                    "dev.helpdesk.customer.alert.web..", "dev.helpdesk.customer.alert.integration..",
                    "dev.helpdesk.customer.channel..", "dev.helpdesk.contracts..");

    @ArchTest
    static final ArchRule messagesDoNotDependOnTheAggregate = noClasses()
            .that().resideInAPackage("..alert.api..")
            .should().dependOnClassesThat().resideInAPackage("..alert.command..");

    @ArchTest
    static final ArchRule onlyTheEdgeSpeaksThePublishedLanguage = noClasses()
            .that().resideOutsideOfPackages("..alert.integration..")
            .should().dependOnClassesThat().resideInAPackage("dev.helpdesk.contracts.alert..");
}
