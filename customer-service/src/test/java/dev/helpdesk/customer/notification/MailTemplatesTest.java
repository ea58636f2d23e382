package dev.helpdesk.customer.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    @Test
    void everyKindHasAnEnglishAndAGermanSubjectAndTextThatNameTheTicket() {
        for (NotificationKind kind : NotificationKind.values()) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
                MailTemplates.Mail mail = templates.render(kind, locale, "HD-000042", "VPN drops",
                        Map.of("detail", "the detail", "link", "https://desk/api/v1/surveys/x"));
                assertThat(mail.subject()).as(kind + " " + locale).startsWith("[HD-000042] ").endsWith("VPN drops");
                assertThat(mail.body()).as(kind + " " + locale).contains("HD-000042", "VPN drops");
            }
        }
    }

    @Test
    void germanForGermanSpeakersEnglishForEveryoneElse() {
        Map<String, String> details = Map.of("detail", "New VPN profile installed", "link", "https://l/x");

        assertThat(templates.render(NotificationKind.RESOLVED, MailTemplates.localeOf("de"), "HD-1", "VPN", details)
                .subject()).isEqualTo("[HD-1] Gelöst: VPN");
        assertThat(templates.render(NotificationKind.RESOLVED, MailTemplates.localeOf("de-AT"), "HD-1", "VPN", details)
                .subject()).isEqualTo("[HD-1] Gelöst: VPN");
        assertThat(templates.render(NotificationKind.RESOLVED, MailTemplates.localeOf("fr"), "HD-1", "VPN", details)
                .subject()).isEqualTo("[HD-1] Resolved: VPN");
        assertThat(templates.render(NotificationKind.RESOLVED, MailTemplates.localeOf(null), "HD-1", "VPN", details)
                .body()).contains("New VPN profile installed", "https://l/x");
    }

    @Test
    void quotesAndBracesInWhatPeopleWroteArePrintedAsWritten() {
        MailTemplates.Mail mail = templates.render(NotificationKind.ESCALATED, Locale.ENGLISH, "HD-7",
                "It's {0} broken", Map.of("detail", "Don't wait: {1}"));

        assertThat(mail.subject()).isEqualTo("[HD-7] Escalated to you: It's {0} broken");
        assertThat(mail.body()).contains("group's supervisor", "Don't wait: {1}");
    }

    @Test
    void ourMessageIdsNameTheTicketAndOnlyOursAreRecognised() {
        MailThreading threading = new MailThreading("helpdesk.local");
        String ticket = "0f6d4a8e-3c1b-4d7a-9f2e-8b5c6a7d9e10";
        String reply = threading.messageIdOf(NotificationKind.REPLIED, ticket, "event-1:REPLIED");

        assertThat(threading.messageIdOf(NotificationKind.RECEIVED, ticket, "e:RECEIVED"))
                .isEqualTo(threading.rootOf(ticket)).isEqualTo("<hd." + ticket + "@helpdesk.local>");
        assertThat(reply).isEqualTo(threading.messageIdOf(NotificationKind.REPLIED, ticket, "event-1:REPLIED"))
                .isNotEqualTo(threading.messageIdOf(NotificationKind.REPLIED, ticket, "event-2:REPLIED"));
        assertThat(threading.ticketIdOf(reply)).contains(ticket);
        assertThat(threading.ticketIdOf(threading.rootOf(ticket))).contains(ticket);
        assertThat(threading.ticketIdOf("<hd." + ticket + "@elsewhere.example>")).isEmpty();
        assertThat(threading.ticketIdOf("<CAF1234@mail.gmail.com>")).isEmpty();
        assertThat(threading.ticketIdOf(null)).isEmpty();
    }
}
