package dev.helpdesk.customer.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SatisfactionTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final String SECRET = "a-test-secret-of-enough-length";
    private static final String TICKET = "0f6d4a8e-3c1b-4d7a-9f2e-8b5c6a7d9e10";
    private static final String DANA = "c0000000-0000-4000-8000-000000000001";

    private final SatisfactionTokens tokens = tokensAt(NOW);

    private static SatisfactionTokens tokensAt(Instant now) {
        return new SatisfactionTokens(SECRET, Duration.ofDays(14), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aTokenIssuedForATicketVerifiesToThatTicketAndRequesterUntilItExpires() {
        String token = tokens.issue(TICKET, DANA);

        SatisfactionToken verified = tokens.verify(token);

        assertThat(token).startsWith("v1.").matches("[A-Za-z0-9_.-]+");
        assertThat(verified.ticketId()).isEqualTo(TICKET);
        assertThat(verified.requesterId()).isEqualTo(DANA);
        assertThat(verified.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(14)));
        assertThat(tokensAt(NOW.plus(Duration.ofDays(14)).minusSeconds(1)).verify(token).ticketId()).isEqualTo(TICKET);
        assertThatThrownBy(() -> tokensAt(NOW.plus(Duration.ofDays(14))).verify(token))
                .isInstanceOf(InvalidSatisfactionToken.class).hasMessageContaining("expired");
    }

    @Test
    void everyLinkIsADifferentTokenWithItsOwnId() {
        assertThat(tokens.verify(tokens.issue(TICKET, DANA)).tokenId())
                .isNotEqualTo(tokens.verify(tokens.issue(TICKET, DANA)).tokenId());
    }

    @Test
    void aChangedForgedOrForeignTokenIsRefused() {
        String token = tokens.issue(TICKET, DANA);
        String[] parts = token.split("\\.");
        String otherTicket = tokens.issue("11111111-1111-4111-8111-111111111111", DANA).split("\\.")[1];

        assertThatThrownBy(() -> tokens.verify(parts[0] + "." + otherTicket + "." + parts[2]))
                .isInstanceOf(InvalidSatisfactionToken.class).hasMessageContaining("signature");
        assertThatThrownBy(() -> new SatisfactionTokens("another-secret-of-enough-length", Duration.ofDays(14),
                Clock.fixed(NOW, ZoneOffset.UTC)).verify(token)).isInstanceOf(InvalidSatisfactionToken.class);
        for (String garbage : new String[] {null, "", "v1.abc", "v2." + parts[1] + "." + parts[2], "v1.***.***",
            token + ".x"}) {
            assertThatThrownBy(() -> tokens.verify(garbage)).as(garbage).isInstanceOf(InvalidSatisfactionToken.class);
        }
    }

    @Test
    void aShortSecretIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new SatisfactionTokens("short", Duration.ofDays(1), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLinkIsRedeemedOnceOnly() {
        MongoServer server = new MongoServer(new MemoryBackend());
        try (MongoClient client = MongoClients.create("mongodb://" + hostPort(server.bind()))) {
            SurveyTokenLedger ledger = new SurveyTokenLedger(client.getDatabase("surveys"));
            SatisfactionToken token = tokens.verify(tokens.issue(TICKET, DANA));

            ledger.redeem(token, NOW);

            assertThatThrownBy(() -> ledger.redeem(token, NOW.plusSeconds(1)))
                    .isInstanceOf(InvalidSatisfactionToken.class).hasMessageContaining("used already");
            ledger.redeem(tokens.verify(tokens.issue(TICKET, DANA)), NOW);
        } finally {
            server.shutdownNow();
        }
    }

    private static String hostPort(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
