package dev.helpdesk.ticket.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.contracts.ticket.TicketCommentAdded;
import dev.helpdesk.ticket.api.TicketEventNames;
import dev.helpdesk.ticket.api.TicketIncidentLinked;
import dev.helpdesk.ticket.api.TicketOpened;
import dev.helpdesk.ticket.api.Visibility;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

class IntegrationEventsTest {

    private static final EventContext CONTEXT =
            new EventContext("IN_PROGRESS", "agent-anna", Instant.parse("2026-11-27T09:32:18.090Z"));

    @Test
    void everyClassNamedInTicketEventNamesHasATranslationAndNothingElseHasOne() {
        assertThat(IntegrationEvents.translatedTypes()).containsExactlyInAnyOrderElementsOf(namedEvents());
    }

    @Test
    void everyDomainEventOfTheApiHasAPublicName() {
        Set<Class<?>> domainEvents = apiClasses().stream()
                .filter(type -> type.isAnnotationPresent(Revision.class))
                .collect(Collectors.toSet());

        assertThat(namedEvents()).containsAll(domainEvents).isNotEmpty();
    }

    @Test
    void eachEventBecomesTheContractRecordNamedAfterItsPublishedType() {
        assertThat(TicketEventExamples.oneOfEachKind().stream().map(Object::getClass).collect(Collectors.toSet()))
                .as("the examples cover every translated event")
                .containsExactlyInAnyOrderElementsOf(IntegrationEvents.translatedTypes());

        for (Object event : TicketEventExamples.oneOfEachKind()) {
            Object published = IntegrationEvents.translate(event, CONTEXT);

            assertThat(published.getClass().getName())
                    .isEqualTo(contractRecordOf(TicketEventNames.of(event.getClass())));
        }
    }

    @Test
    void everyPublishedRecordCarriesTheTicketItsStatusAfterTheEventTheActorAndTheTime() {
        for (Object event : TicketEventExamples.oneOfEachKind()) {
            Map<String, Object> fields = fieldsOf(IntegrationEvents.translate(event, CONTEXT));
            boolean opened = event instanceof TicketOpened;
            UUID ticket = event instanceof TicketIncidentLinked onProblem ? onProblem.ticketId()
                    : TicketEventExamples.TICKET;

            assertThat(fields).as(event.getClass().getSimpleName())
                    .containsEntry("ticketId", ticket.toString())
                    .containsEntry("status", CONTEXT.status())
                    .containsEntry(opened ? "openedAt" : "at", CONTEXT.at());
            if (!opened) {
                assertThat(fields).containsEntry("by", CONTEXT.by());
            }
        }
    }

    @Test
    void theOpenedEventKeepsNamingWhoOpenedItFromTheEventItself() {
        var published = (dev.helpdesk.contracts.ticket.TicketOpened) IntegrationEvents.translate(
                TicketEventExamples.opened(TicketEventExamples.TICKET), CONTEXT);

        assertThat(published.openedBy()).isEqualTo("demo-agent");
        assertThat(published.number()).isEqualTo("HD-000042");
    }

    @Test
    void aPublicCommentIsPublishedWithItsBodyAnInternalNoteWithout() {
        var reply = (TicketCommentAdded) IntegrationEvents.translate(
                TicketEventExamples.comment(TicketEventExamples.TICKET, Visibility.PUBLIC), CONTEXT);
        var note = (TicketCommentAdded) IntegrationEvents.translate(
                TicketEventExamples.comment(TicketEventExamples.TICKET, Visibility.INTERNAL), CONTEXT);

        assertThat(reply.visibility()).isEqualTo("PUBLIC");
        assertThat(reply.body()).isEqualTo("Restarted the concentrator");
        assertThat(note.visibility()).isEqualTo("INTERNAL");
        assertThat(note.body()).isNull();
        assertThat(note.commentId()).isNotBlank();
        assertThat(note.author()).isEqualTo("AGENT");
    }

    @Test
    void aTicketEventWithoutTranslationFailsInsteadOfBeingSkipped() {
        record TicketTeleported(UUID ticketId) {
        }

        assertThatThrownBy(() -> IntegrationEvents.translate(new TicketTeleported(UUID.randomUUID()), CONTEXT))
                .isInstanceOf(UntranslatedTicketEvent.class)
                .hasMessageContaining("TicketTeleported");
    }

    /** The classes of the api package that {@link TicketEventNames} gives a public name. */
    private static Set<Class<?>> namedEvents() {
        return apiClasses().stream().filter(IntegrationEventsTest::isNamed).collect(Collectors.toSet());
    }

    private static boolean isNamed(Class<?> type) {
        try {
            TicketEventNames.of(type);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The top-level classes of the api package, listed from the directory the main classes are compiled to. */
    private static Set<Class<?>> apiClasses() {
        String apiPackage = TicketEventNames.class.getPackageName();
        try (Stream<Path> files = Files.list(Path.of(TicketEventNames.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()).resolve(apiPackage.replace('.', '/')))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> load(apiPackage + "." + name.substring(0, name.length() - ".class".length())))
                    .collect(Collectors.toSet());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list the classes of " + apiPackage, e);
        }
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code helpdesk.ticket.priority-changed.v1} → {@code dev.helpdesk.contracts.ticket.TicketPriorityChanged}. */
    private static String contractRecordOf(String type) {
        String name = type.split("\\.")[2];
        return "dev.helpdesk.contracts.ticket.Ticket" + Arrays.stream(name.split("-"))
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining());
    }

    private static Map<String, Object> fieldsOf(Object record) {
        return Arrays.stream(record.getClass().getRecordComponents())
                .filter(component -> accessor(record, component) != null)
                .collect(Collectors.toMap(RecordComponent::getName, component -> accessor(record, component)));
    }

    private static Object accessor(Object record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
