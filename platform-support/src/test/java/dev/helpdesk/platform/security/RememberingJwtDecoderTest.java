package dev.helpdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class RememberingJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final List<String> decoded = new ArrayList<>();
    private Instant expiresAt = NOW.plus(Duration.ofMinutes(5));

    /** Decodes "good…" tokens to a JWT that expires at {@link #expiresAt}; refuses the rest. */
    private final JwtDecoder issuerCheck = token -> {
        decoded.add(token);
        if (!token.startsWith("good")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject(token).issuedAt(NOW.minusSeconds(10))
                .expiresAt(expiresAt).build();
    };

    private RememberingJwtDecoder at(Instant now, int capacity) {
        return new RememberingJwtDecoder(issuerCheck, capacity, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aTokenIsDecodedOnceWhileItIsValid() {
        RememberingJwtDecoder decoder = at(NOW, 10);

        Jwt first = decoder.decode("good-1");
        Jwt again = decoder.decode("good-1");

        assertThat(again).isSameAs(first);
        assertThat(decoded).containsExactly("good-1");
    }

    @Test
    void aRememberedTokenPastItsExpiryGoesToTheDecoderAgain() {
        MovingClock clock = new MovingClock(NOW);
        RememberingJwtDecoder decoder = new RememberingJwtDecoder(issuerCheck, 10, clock);
        decoder.decode("good-1");
        decoder.decode("good-1");

        clock.now = expiresAt.plusSeconds(1);
        decoder.decode("good-1");

        assertThat(decoded).as("decoded at first, remembered, decoded again once expired")
                .containsExactly("good-1", "good-1");
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        RememberingJwtDecoder decoder = at(NOW, 10);

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(decoded).containsExactly("forged", "forged");
    }

    @Test
    void theLeastRecentlyUsedTokenIsForgottenFirst() {
        RememberingJwtDecoder decoder = at(NOW, 2);

        decoder.decode("good-1");
        decoder.decode("good-2");
        decoder.decode("good-1");
        decoder.decode("good-3");
        decoder.decode("good-1");
        decoder.decode("good-2");

        assertThat(decoded).containsExactly("good-1", "good-2", "good-3", "good-2");
    }

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
