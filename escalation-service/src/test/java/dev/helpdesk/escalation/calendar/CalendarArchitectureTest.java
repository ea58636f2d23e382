package dev.helpdesk.escalation.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Business-time arithmetic is plain Java, usable from the aggregate, a projection or a test alike. */
@AnalyzeClasses(packages = "dev.helpdesk.escalation.calendar", importOptions = ImportOption.DoNotIncludeTests.class)
class CalendarArchitectureTest {

    @ArchTest
    static final ArchRule theCalendarNeedsNothingButTheJdk = classes()
            .that().resideInAPackage("dev.helpdesk.escalation.calendar..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.helpdesk.escalation.calendar..");
}
