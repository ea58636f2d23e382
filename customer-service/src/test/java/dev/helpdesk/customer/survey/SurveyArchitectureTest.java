package dev.helpdesk.customer.survey;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The surveys' domain (messages and the aggregate) stays free of HTTP, persistence, Kafka and the contracts. */
@AnalyzeClasses(packages = "dev.helpdesk.customer", importOptions = ImportOption.DoNotIncludeTests.class)
class SurveyArchitectureTest {

    @ArchTest
    static final ArchRule theDomainKnowsNoInfrastructure = noClasses()
            .that().resideInAnyPackage("..survey.api..", "..survey.command..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                    "com.mongodb..", "org.bson..", "org.apache.kafka..", "org.springframework.kafka..",
                    "dev.helpdesk.customer.survey.web..", "dev.helpdesk.customer.survey.integration..",
                    "dev.helpdesk.customer.channel..", "dev.helpdesk.contracts..");

    @ArchTest
    static final ArchRule onlyTheEdgeSpeaksThePublishedLanguage = noClasses()
            .that().resideOutsideOfPackages("..survey.integration..")
            .should().dependOnClassesThat().resideInAPackage("dev.helpdesk.contracts.survey..");
}
