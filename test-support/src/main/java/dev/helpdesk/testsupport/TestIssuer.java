package dev.helpdesk.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A real token issuer for service tests: signs RS256 JWTs and serves its JWKS over HTTP on a free
 * loopback port, so a service under test validates tokens exactly as it does in production.
 */
public final class TestIssuer implements AutoCloseable {

    private final RSAKey key;
    private final HttpServer server;

    public TestIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/oauth2/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jwks);
            }
        });
        server.start();
    }

    /** The {@code iss} of every token, and the base of the JWKS address. */
    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String agent(String agentId, String... groups) {
        return token(agentId, List.of("AGENT"), List.of(groups), null);
    }

    public String supervisor(String id, String... groups) {
        return token(id, List.of("SUPERVISOR"), List.of(groups), null);
    }

    public String admin(String id) {
        return token(id, List.of("ADMIN"), List.of(), null);
    }

    public String customer(String clientId, String customerId) {
        return token(clientId, List.of("CUSTOMER"), List.of(), customerId);
    }

    public String integration(String clientId) {
        return token(clientId, List.of("INTEGRATION"), List.of(), null);
    }

    /** A token as the platform's issuer makes them, valid for ten minutes. */
    public String token(String subject, List<String> roles, List<String> groups, String customerId) {
        return sign(subject, roles, groups, customerId, issuer(), Instant.now().plusSeconds(600));
    }

    /** A token that fails validation because it has expired. */
    public String expiredToken(String subject, List<String> roles) {
        return sign(subject, roles, List.of(), null, issuer(), Instant.now().minusSeconds(600));
    }

    /** A token signed by this issuer's key but claiming to come from elsewhere. */
    public String tokenFromOtherIssuer(String subject, List<String> roles) {
        return sign(subject, roles, List.of(), null, "http://issuer.invalid", Instant.now().plusSeconds(600));
    }

    /** A token that names this issuer but is signed by a key the JWKS does not hold. */
    public String forgedToken(String subject, List<String> roles) {
        try {
            RSAKey stranger = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            return sign(stranger, subject, roles, List.of(), null, issuer(), Instant.now().plusSeconds(600));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private String sign(String subject, List<String> roles, List<String> groups, String customerId,
            String issuer, Instant expiresAt) {
        return sign(key, subject, roles, groups, customerId, issuer, expiresAt);
    }

    private static String sign(RSAKey key, String subject, List<String> roles, List<String> groups,
            String customerId, String issuer, Instant expiresAt) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .issueTime(Date.from(expiresAt.minusSeconds(1200)))
                .expirationTime(Date.from(expiresAt))
                .claim("roles", roles)
                .claim("groups", groups);
        if (customerId != null) {
            claims.claim("customer_id", customerId);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
