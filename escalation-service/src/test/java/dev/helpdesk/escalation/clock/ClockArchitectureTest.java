package dev.helpdesk.escalation.clock;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The SLA clock is plain Java on business time, so an aggregate, a projection or a test can hold one. */
@AnalyzeClasses(packages = "dev.helpdesk.escalation.clock", importOptions = ImportOption.DoNotIncludeTests.class)
class ClockArchitectureTest {

    @ArchTest
    static final ArchRule theClockNeedsNothingButTheJdkAndTheCalendar = classes()
            .that().resideInAPackage("dev.helpdesk.escalation.clock..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "dev.helpdesk.escalation.clock..", "dev.helpdesk.escalation.calendar..");
}
