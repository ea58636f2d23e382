package dev.helpdesk.ticket.groups;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The groups' domain stays free of persistence and HTTP; layers point inwards only. */
@AnalyzeClasses(packages = "dev.helpdesk.ticket.groups", importOptions = ImportOption.DoNotIncludeTests.class)
class GroupsArchitectureTest {

    @ArchTest
    static final ArchRule theDomainKnowsNoInfrastructure = noClasses()
            .that().resideInAnyPackage("..groups.api..", "..groups.command..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                    "com.mongodb..", "org.bson..", "org.apache.kafka..", "org.springframework.kafka..",
                    "..groups.web..", "..groups.query..", "..groups.admin..");

    @ArchTest
    static final ArchRule messagesDoNotDependOnTheAggregate = noClasses()
            .that().resideInAPackage("..groups.api..")
            .should().dependOnClassesThat().resideInAPackage("..groups.command..");

    @ArchTest
    static final ArchRule readSideAndAdministrationKnowNoHttp = noClasses()
            .that().resideInAnyPackage("..groups.query..", "..groups.admin..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..", "..groups.web..");
}
