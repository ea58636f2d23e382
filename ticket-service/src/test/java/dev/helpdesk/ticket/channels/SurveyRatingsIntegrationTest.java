package dev.helpdesk.ticket.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.survey.SurveyAnswered;
import dev.helpdesk.contracts.survey.SurveyEventTypes;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketSatisfactionRated;
import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OutgoingEvent;
import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;
import dev.helpdesk.testsupport.TopicProbe;
import dev.helpdesk.testsupport.TopicReader;
import dev.helpdesk.ticket.api.Channel;
import dev.helpdesk.ticket.api.Level;
import dev.helpdesk.ticket.api.OpenTicket;
import dev.helpdesk.ticket.api.ResolutionCode;
import dev.helpdesk.ticket.api.ResolveTicket;
import dev.helpdesk.ticket.api.TicketNumber;
import dev.helpdesk.ticket.api.TicketType;
import dev.helpdesk.ticket.numbering.TicketNumberAllocator;
import dev.helpdesk.ticket.query.HistoryEntry;
import dev.helpdesk.ticket.query.TicketTimeline;
import dev.helpdesk.ticket.query.TicketView;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Satisfaction links' answers, sent on the channels topic as the customer service sends them, to a
 * real embedded broker: an answer rates its resolved ticket as the requester (the ticket's
 * satisfaction and its {@code satisfaction-rated} event), once however often it arrives; an answer
 * that cannot become a rating is counted and dropped, a malformed one goes to the dead-letter topic.
 */
@OnEmbeddedInfrastructure
@DirtiesContext // stops this class's broker and Mongo server now, not in a race with JVM exit
class SurveyRatingsIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DANA = "c0000000-0000-4000-8000-000000000001";
    private static final String TYPE = SurveyEventTypes.ANSWERED;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private TicketTimeline tickets;

    @Autowired
    private TicketNumberAllocator numbers;

    @Autowired
    private MeterRegistry meters;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    private final CloudEventCodec codec = new CloudEventCodec();
    private TopicProbe kafka;

    @BeforeEach
    void connect() {
        kafka = new TopicProbe(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    /** A ticket of Dana's, resolved by an agent unless {@code resolved} is false. */
    private UUID ticket(boolean resolved) {
        UUID id = UUID.randomUUID();
        TicketNumber number = numbers.next();
        commands.sendAndWait(new OpenTicket(id, number, TicketType.INCIDENT, "VPN drops", "Every 10 minutes", DANA,
                Channel.PORTAL, null, Level.LOW, Level.MEDIUM, List.of(), DANA), MetaData.with(MessageMetadata.ACTOR_ID,
                DANA));
        if (resolved) {
            commands.sendAndWait(new ResolveTicket(id, null, ResolutionCode.FIXED, "New VPN profile", null,
                    "demo-agent"), MetaData.with(MessageMetadata.ACTOR_ID, "demo-agent"));
        }
        await().atMost(PATIENCE).until(() -> tickets.current(id).isPresent());
        return id;
    }

    private static SurveyAnswered answer(UUID ticket, String requester, int rating, String comment) {
        return new SurveyAnswered(UUID.randomUUID().toString(), ticket.toString(), requester, rating, comment,
                Instant.now());
    }

    /** As the customer service publishes it: a structured CloudEvent keyed by the survey's id. */
    private void send(String eventId, SurveyAnswered answer) {
        kafka.send(new ProducerRecord<>(Topics.CHANNELS, answer.surveyId(), codec.encode(new OutgoingEvent(eventId,
                Sources.CUSTOMER_SERVICE, TYPE, answer.surveyId(), answer.answeredAt(), 1, null, answer))));
    }

    private String send(SurveyAnswered answer) {
        String id = UUID.randomUUID().toString();
        send(id, answer);
        return id;
    }

    private double counted(String outcome) {
        return meters.counter(ChannelEventDispatcher.EVENTS, "type", TYPE, "outcome", outcome).count();
    }

    private void awaitCounted(String type, String outcome, double atLeast) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                meters.counter(ChannelEventDispatcher.EVENTS, "type", type, "outcome", outcome).count())
                .isGreaterThanOrEqualTo(atLeast));
    }

    @Test
    void anAnswerRatesItsResolvedTicketOnceAsTheRequester() {
        UUID ticket = ticket(true);
        double alreadyRated = counted("already-rated");
        SurveyAnswered answer = answer(ticket, DANA, 4, "Quick and friendly.");

        String eventId = send(answer);
        await().atMost(PATIENCE).until(() -> tickets.current(ticket).orElseThrow().satisfaction() != null);
        send(eventId, answer); // delivered again
        send(answer(ticket, DANA, 1, "Changed my mind")); // another link of the same ticket

        awaitCounted(TYPE, "already-rated", alreadyRated + 2);
        TicketView rated = tickets.current(ticket).orElseThrow();
        assertThat(rated.satisfaction().rating()).isEqualTo(4);
        assertThat(rated.satisfaction().comment()).isEqualTo("Quick and friendly.");
        List<HistoryEntry> history = tickets.history(ticket, true);
        assertThat(history).extracting(HistoryEntry::type).containsExactly(TicketEventTypes.OPENED,
                TicketEventTypes.RESOLVED, TicketEventTypes.SATISFACTION_RATED);
        assertThat(history.get(2).actorId()).as("rated as the requester").isEqualTo(DANA);

        List<CloudEvent> published = TopicReader.recordsWithKey(bootstrapServers, Topics.TICKETS, ticket.toString(),
                found -> found.size() >= 3, PATIENCE).stream().map(record -> codec.decode(record.value())).toList();
        assertThat(published).extracting(CloudEvent::getType).containsExactly(TicketEventTypes.OPENED,
                TicketEventTypes.RESOLVED, TicketEventTypes.SATISFACTION_RATED);
        TicketSatisfactionRated event = codec.dataOf(published.get(2), TicketSatisfactionRated.class);
        assertThat(event.raterId()).isEqualTo(DANA);
        assertThat(event.rating()).isEqualTo(4);
        assertThat(event.comment()).isEqualTo("Quick and friendly.");
        assertThat(event.by()).isEqualTo(DANA);
    }

    @Test
    void anAnswerThatCannotBecomeARatingIsCountedAndDropped() {
        UUID resolved = ticket(true);
        UUID open = ticket(false);
        double notRequester = counted("not-requester");
        double notApplicable = counted("not-applicable");
        double unknown = counted("unknown-ticket");

        send(answer(resolved, "c0000000-0000-4000-8000-000000000002", 5, null));
        send(answer(open, DANA, 5, null));
        send(answer(UUID.randomUUID(), DANA, 5, null));

        awaitCounted(TYPE, "not-requester", notRequester + 1);
        awaitCounted(TYPE, "not-applicable", notApplicable + 1);
        awaitCounted(TYPE, "unknown-ticket", unknown + 1);
        assertThat(tickets.current(resolved).orElseThrow().satisfaction()).isNull();
        assertThat(tickets.current(open).orElseThrow().satisfaction()).isNull();
    }

    @Test
    void aMalformedAnswerIsDeadLettered() {
        UUID ticket = ticket(true);
        double deadLettered = meters.counter(ChannelEventDispatcher.EVENTS, "type", "any", "outcome",
                "dead-lettered").count();
        SurveyAnswered badRating = answer(ticket, DANA, 9, null);
        SurveyAnswered noTicket = new SurveyAnswered(UUID.randomUUID().toString(), "HD-000042", DANA, 3, null,
                Instant.now());
        SurveyAnswered noRequester = answer(ticket, " ", 3, null);

        send(badRating);
        send(noTicket);
        send(noRequester);

        awaitCounted("any", "dead-lettered", deadLettered + 3);
        assertThat(kafka.everythingOn(Topics.deadLetterOf(Topics.CHANNELS)))
                .extracting(record -> record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8))
                .contains(badRating.surveyId(), noTicket.surveyId(), noRequester.surveyId());
        assertThat(tickets.current(ticket).orElseThrow().satisfaction()).isNull();
    }
}
