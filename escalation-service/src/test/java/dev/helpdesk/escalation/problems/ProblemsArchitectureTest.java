package dev.helpdesk.escalation.problems;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Recurring-incident detection and problem candidates are plain Java; Mongo stays in their store,
 * Kafka, CloudEvents and the ticket service's HTTP API at their integration edge, and the publisher
 * works through its queue and sender (the service-wide rules are {@code EscalationArchitectureTest}'s).
 */
@AnalyzeClasses(packages = "dev.helpdesk.escalation.problems", importOptions = ImportOption.DoNotIncludeTests.class)
class ProblemsArchitectureTest {

    @ArchTest
    static final ArchRule theDomainNeedsNothingButTheJdkItselfAndTheSharedAdminParts = classes()
            .that().resideInAPackage("dev.helpdesk.escalation.problems")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.helpdesk.escalation.problems",
                    "dev.helpdesk.escalation.admin");

    @ArchTest
    static final ArchRule thePublisherWorksThroughItsQueueAndSender = noClasses()
            .that().resideInAPackage("..problems.publishing..")
            .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..", "..store..", "..web..",
                    "..integration..", "org.springframework.web..", "org.springframework.http..");

    @ArchTest
    static final ArchRule theTicketServiceIsCalledOnlyFromTheEdge = noClasses()
            .that().resideOutsideOfPackage("..problems.integration..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web.client..",
                    "java.net.http..");
}
