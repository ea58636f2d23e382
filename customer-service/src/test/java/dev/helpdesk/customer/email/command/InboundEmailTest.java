package dev.helpdesk.customer.email.command;

import static org.hamcrest.Matchers.containsString;

import dev.helpdesk.customer.email.api.AttachmentRef;
import dev.helpdesk.customer.email.api.EmailReceived;
import dev.helpdesk.customer.email.api.InvalidEmail;
import dev.helpdesk.customer.email.api.MailContent;
import dev.helpdesk.customer.email.api.ReceiveEmail;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InboundEmailTest {

    private static final String MAIL = "email-" + "ab".repeat(32);
    private static final String TICKET = "7d5e2c1a-9b3f-3e4d-8a6b-1c2d3e4f5a6b";
    private static final String REPLIED = "0f6d4a8e-3c1b-4d7a-9f2e-8b5c6a7d9e10";
    private static final String DANA = "c0000000-0000-4000-8000-000000000001";
    private static final MailContent CONTENT = new MailContent("dana.miller@example.com", "Dana Miller",
            "Printer jams", "It jams on every second page.",
            List.of(new AttachmentRef(MAIL + "-1", "jam.jpg", "image/jpeg", 48_213)));

    private FixtureConfiguration<InboundEmail> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InboundEmail.class);
    }

    private static ReceiveEmail receive(String mailId, String replyTo, String requesterId, MailContent content) {
        return new ReceiveEmail(mailId, "<CAF3x9k2Q@mail.example.com>", TICKET, replyTo, null, requesterId, false,
                content, ReceiveEmail.VIA_IMAP, "email-channel");
    }

    @Test
    void aNewMailIsRecordedWithItsTicketAndContent() {
        fixture.givenNoPriorActivity()
                .when(receive(MAIL, null, DANA, CONTENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EmailReceived(MAIL, "<CAF3x9k2Q@mail.example.com>", TICKET, null, null, DANA, false,
                        CONTENT, ReceiveEmail.VIA_IMAP, "email-channel"));
    }

    @Test
    void aReplyIsRecordedWithTheTicketItAnswers() {
        fixture.givenNoPriorActivity()
                .when(receive(MAIL, REPLIED, DANA, CONTENT))
                .expectEvents(new EmailReceived(MAIL, "<CAF3x9k2Q@mail.example.com>", TICKET, REPLIED, null, DANA,
                        false, CONTENT, ReceiveEmail.VIA_IMAP, "email-channel"));
    }

    @Test
    void theSameMailTakenAgainIsRefusedByTheEventStore() {
        fixture.given(new EmailReceived(MAIL, "<CAF3x9k2Q@mail.example.com>", TICKET, null, null, DANA, false,
                        CONTENT, ReceiveEmail.VIA_IMAP, "email-channel"))
                .when(receive(MAIL, null, DANA, CONTENT))
                .expectNoEvents()
                .expectException(EventStoreException.class);
    }

    @Test
    void aMailWithoutRequesterIdOrSubjectIsRefused() {
        fixture.givenNoPriorActivity()
                .when(receive(MAIL, null, " ", CONTENT))
                .expectNoEvents()
                .expectException(InvalidEmail.class)
                .expectExceptionMessage(containsString("requester"));
        fixture.givenNoPriorActivity()
                .when(receive(MAIL, null, DANA, new MailContent("a@example.com", null, " ", "", List.of())))
                .expectNoEvents()
                .expectException(InvalidEmail.class);
        fixture.givenNoPriorActivity()
                .when(receive("mail-1", null, DANA, CONTENT))
                .expectNoEvents()
                .expectException(InvalidEmail.class)
                .expectExceptionMessage(containsString("email-"));
    }
}
