package dev.helpdesk.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the tokens it decoded, so that a client sending the same token with every request
 * (as clients do, for minutes) is parsed and its signature verified once, not per request: that
 * was about a tenth of a service's CPU per request (docs/benchmarks.md). A remembered token is
 * used only while it is within its validity ({@code exp}, {@code nbf}); after that it goes to the
 * decoder again, which refuses it. A token the decoder refused is never remembered. The key is
 * the whole token, so a token that differs in any character is decoded afresh.
 */
public final class RememberingJwtDecoder implements JwtDecoder {

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Map<String, Jwt> decoded;

    public RememberingJwtDecoder(JwtDecoder decoder, int capacity, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
        this.decoded = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Jwt> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known;
        synchronized (decoded) {
            known = decoded.get(token);
        }
        if (known != null && validNow(known)) {
            return known;
        }
        Jwt jwt = decoder.decode(token);
        if (jwt.getExpiresAt() != null) {
            synchronized (decoded) {
                decoded.put(token, jwt);
            }
        }
        return jwt;
    }

    private boolean validNow(Jwt jwt) {
        Instant now = clock.instant();
        return jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())
                && (jwt.getNotBefore() == null || !now.isBefore(jwt.getNotBefore()));
    }
}
