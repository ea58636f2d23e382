package dev.helpdesk.escalation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Policies, calendars and the ticket clocks are plain Java; Mongo stays in the stores, HTTP in the
 * web packages, the published language (contracts, CloudEvents, Kafka) at the integration edge,
 * and features depend on shared parts, not the reverse.
 */
@AnalyzeClasses(packages = "dev.helpdesk.escalation", importOptions = ImportOption.DoNotIncludeTests.class)
class EscalationArchitectureTest {

    private static final String[] DOMAIN = {"dev.helpdesk.escalation.admin", "dev.helpdesk.escalation.calendar",
            "dev.helpdesk.escalation.calendars", "dev.helpdesk.escalation.clock", "dev.helpdesk.escalation.clocks",
            "dev.helpdesk.escalation.policies"};

    @ArchTest
    static final ArchRule theDomainNeedsNothingButTheJdkAndItself = classes()
            .that().resideInAnyPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(withJava(DOMAIN));

    @ArchTest
    static final ArchRule storesKnowNoHttp = noClasses()
            .that().resideInAPackage("..store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.http..",
                    "jakarta.servlet..", "..web..");

    @ArchTest
    static final ArchRule theWebKnowsNoMongo = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..");

    @ArchTest
    static final ArchRule theTimersWorkThroughTheClocksNotTheStoreNorTheWeb = noClasses()
            .that().resideInAPackage("..clocks.timers..")
            .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..", "..store..", "..web..",
                    "org.springframework.web..", "org.springframework.http..");

    @ArchTest
    static final ArchRule thePublisherWorksThroughItsQueueAndSenderNotMongoKafkaNorTheWeb = noClasses()
            .that().resideInAPackage("..clocks.publishing..")
            .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..", "..store..", "..web..",
                    "..integration..", "org.springframework.web..", "org.springframework.http..");

    @ArchTest
    static final ArchRule sharedPartsKnowNoFeature = noClasses()
            .that().resideInAPackage("dev.helpdesk.escalation.admin..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.helpdesk.escalation.policies..",
                    "dev.helpdesk.escalation.calendars..", "dev.helpdesk.escalation.clocks..");

    @ArchTest
    static final ArchRule onlyTheEdgeSpeaksThePublishedLanguage = noClasses()
            .that().resideOutsideOfPackage("..integration..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.helpdesk.contracts..", "io.cloudevents..",
                    "org.apache.kafka..", "org.springframework.cloud..");

    private static String[] withJava(String[] packages) {
        String[] all = new String[packages.length + 1];
        all[0] = "java..";
        System.arraycopy(packages, 0, all, 1, packages.length);
        return all;
    }
}
