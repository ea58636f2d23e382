package dev.helpdesk.knowledge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain (messages and the aggregate) stays free of persistence, search, HTTP and Spring's web. */
@AnalyzeClasses(packages = "dev.helpdesk.knowledge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theDomainKnowsNoInfrastructure = noClasses()
            .that().resideInAnyPackage("..knowledge.api..", "..knowledge.command..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                    "com.mongodb..", "org.bson..", "org.apache.kafka..", "org.springframework.kafka..",
                    "org.apache.lucene..", "dev.helpdesk.knowledge.web..", "dev.helpdesk.knowledge.query..",
                    "dev.helpdesk.knowledge.search..", "dev.helpdesk.knowledge.integration..");

    @ArchTest
    static final ArchRule messagesDoNotDependOnTheAggregate = noClasses()
            .that().resideInAPackage("..knowledge.api..")
            .should().dependOnClassesThat().resideInAPackage("..knowledge.command..");

    @ArchTest
    static final ArchRule luceneStaysInTheSearchPackage = noClasses()
            .that().resideOutsideOfPackage("..knowledge.search..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..");
}
