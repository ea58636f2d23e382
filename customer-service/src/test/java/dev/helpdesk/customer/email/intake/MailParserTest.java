package dev.helpdesk.customer.email.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MailParserTest {

    private static ParsedMail parse(String raw) {
        return MailParser.parse(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPlainMailGivesItsHeadersAndText() {
        ParsedMail mail = parse("""
                From: =?UTF-8?Q?J=C3=B6rg_M=C3=BCller?= <joerg@example.com>
                To: support@helpdesk.local
                Subject: =?UTF-8?Q?Dr=C3=BCcker_kaputt?=
                Message-ID: <abc@example.com>
                In-Reply-To: <hd.1@helpdesk.local>
                References: <a@x> <b@y>
                Content-Type: text/plain; charset=UTF-8

                Hallo,
                geht nicht.
                """);
        assertThat(mail.from()).isEqualTo("joerg@example.com");
        assertThat(mail.fromName()).isEqualTo("Jörg Müller");
        assertThat(mail.subject()).isEqualTo("Drücker kaputt");
        assertThat(mail.messageId()).isEqualTo("<abc@example.com>");
        assertThat(mail.inReplyTo()).containsExactly("<hd.1@helpdesk.local>");
        assertThat(mail.references()).containsExactly("<a@x>", "<b@y>");
        assertThat(mail.text()).isEqualTo("Hallo,\ngeht nicht.");
        assertThat(mail.attachments()).isEmpty();
        assertThat(mail.automatic()).isFalse();
    }

    @Test
    void theTextPartWinsOverHtmlAndFilesAreAttachments() {
        ParsedMail mail = parse("""
                From: ada@example.com
                Subject: Log
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: multipart/alternative; boundary="b2"

                --b2
                Content-Type: text/plain

                the text
                --b2
                Content-Type: text/html

                <p>the <b>html</b></p>
                --b2--
                --b1
                Content-Type: text/plain; name="log.txt"
                Content-Disposition: attachment; filename="log.txt"

                error: boom
                --b1--
                """);
        assertThat(mail.text()).isEqualTo("the text");
        assertThat(mail.attachments()).hasSize(1);
        assertThat(mail.attachments().get(0).fileName()).isEqualTo("log.txt");
        assertThat(mail.attachments().get(0).contentType()).isEqualTo("text/plain");
        assertThat(new String(mail.attachments().get(0).data(), StandardCharsets.UTF_8)).startsWith("error: boom");
    }

    @Test
    void htmlAloneIsTurnedIntoText() {
        assertThat(MailParser.htmlToText("<div>One<br>Two</div><p>Three &amp; <i>four</i></p>"))
                .isEqualTo("One\nTwo\nThree & four");
    }

    @Test
    void machineWrittenMailIsRecognised() {
        assertThat(parse("From: a@example.com\nAuto-Submitted: auto-replied\nSubject: x\n\nAway\n").automatic())
                .isTrue();
        assertThat(parse("From: a@example.com\nPrecedence: bulk\nSubject: x\n\nNews\n").automatic()).isTrue();
        assertThat(parse("From: a@example.com\nAuto-Submitted: no\nSubject: x\n\nHi\n").automatic()).isFalse();
        assertThat(parse("From: MAILER-DAEMON@example.com\nSubject: failure\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\n\n--r\n"
                + "Content-Type: text/plain\n\nundeliverable\n--r--\n").automatic()).isTrue();
    }

    @Test
    void aSenderThatIsNoAddressIsNone() {
        assertThat(parse("From: not an address\nSubject: x\n\nHi\n").from()).isNull();
        assertThat(parse("Subject: x\n\nHi\n").from()).isNull();
        assertThat(MailParser.isAddress("ada@example.com")).isTrue();
        assertThat(MailParser.isAddress("Ada <ada@example.com>")).isFalse();
        assertThat(MailParser.isAddress("ada")).isFalse();
    }

    @Test
    void aBrokenMimeStructureIsRefusedAndBytesWithoutHeadersHaveNoSender() {
        assertThatThrownBy(() -> parse("From: a@example.com\nSubject: x\n"
                + "Content-Type: multipart/mixed; boundary=\"never\"\n\nno parts here\n"))
                .isInstanceOf(UnparsableMail.class);
        assertThat(MailParser.parse(new byte[] {0, 1, 2}).from()).isNull();
    }
}
