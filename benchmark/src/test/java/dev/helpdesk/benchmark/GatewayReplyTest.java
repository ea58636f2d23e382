package dev.helpdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helpdesk.benchmark.GatewayClient.Reply;
import org.junit.jupiter.api.Test;

class GatewayReplyTest {

    @Test
    void theVersionIsReadFromAStrongOrWeakEtag() {
        assertThat(Reply.versionOf("\"7\"")).isEqualTo(7);
        assertThat(Reply.versionOf("W/\"12\"")).isEqualTo(12);
        assertThat(Reply.versionOf("\"abc\"")).isZero();
    }

    @Test
    void onlyA2xxWithATicketIsASuccess() {
        assertThat(new Reply(200, "{}", 1, "t-1", 2).ok()).isTrue();
        assertThat(new Reply(412, "stale", 1, null, 0).ok()).isFalse();
        assertThat(new Reply(200, "not a ticket", 1, null, 0).ok()).isFalse();
        assertThat(Reply.failed("ConnectException", 1).ok()).isFalse();
    }

    @Test
    void theEtagIsTheVersionToSendBackEvenWhenTheBodyHasAVersionFieldOfItsOwn() {
        // an article answers its contents' version in the body; If-Match wants its change count
        Reply article = Reply.of(200, "{\"id\":\"a-1\",\"version\":1}", "\"2\"", 5, new ObjectMapper());
        Reply ticket = Reply.of(201, "{\"id\":\"t-1\",\"version\":3}", null, 5, new ObjectMapper());

        assertThat(article.id()).isEqualTo("a-1");
        assertThat(article.version()).isEqualTo(2);
        assertThat(ticket.version()).isEqualTo(3);
        assertThat(ticket.ok()).isTrue();
    }
}
