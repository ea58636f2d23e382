package dev.helpdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

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
}
