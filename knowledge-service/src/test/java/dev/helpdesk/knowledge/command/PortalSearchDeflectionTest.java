package dev.helpdesk.knowledge.command;

import dev.helpdesk.knowledge.api.DeflectionRecorded;
import dev.helpdesk.knowledge.api.RecordDeflection;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** A portal search's deflection is recorded once, and only when it showed something. */
class PortalSearchDeflectionTest {

    private static final String SEARCH = "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e";
    private static final List<String> SHOWN = List.of("7d3f0c2e-5a14-4b8e-9c61-2f0a9e4b7d15",
            "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    private static final Instant SEARCHED = Instant.parse("2026-11-27T09:15:02.981Z");

    private final FixtureConfiguration<PortalSearchDeflection> fixture =
            new AggregateTestFixture<>(PortalSearchDeflection.class);

    @Test
    void aSettledSearchIsRecordedAsADeflectionOfTheArticlesItShowed() {
        fixture.givenNoPriorActivity()
                .when(new RecordDeflection(SEARCH, SHOWN, SEARCHED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DeflectionRecorded(SEARCH, SHOWN, SEARCHED));
    }

    @Test
    void settlingItAgainRecordsNothingMore() {
        fixture.given(new DeflectionRecorded(SEARCH, SHOWN, SEARCHED))
                .when(new RecordDeflection(SEARCH, SHOWN, SEARCHED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aSearchThatShowedNothingDeflectedNothing() {
        fixture.givenNoPriorActivity()
                .when(new RecordDeflection(SEARCH, List.of(), SEARCHED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
