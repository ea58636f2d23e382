package dev.helpdesk.gateway;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.helpdesk.gateway.testing.GatewayClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static dev.helpdesk.gateway.testing.GatewayClient.bearer;
import static dev.helpdesk.gateway.testing.GatewayClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** With a signing-key file, a restarted gateway still accepts the tokens it issued before. */
class SigningKeyRestartIntegrationTest {

    @TempDir
    Path folder;

    @Test
    void tokensIssuedBeforeARestartAreStillValidAfterIt() throws Exception {
        Path keyFile = folder.resolve("data/gateway/signing-key.json");
        String tokenFromFirstRun;
        String keysOfFirstRun;

        try (ConfigurableApplicationContext first = startGateway(keyFile)) {
            GatewayClient gateway = new GatewayClient(port(first));
            tokenFromFirstRun = gateway.accessToken("demo-admin", "demo-admin-secret");
            keysOfFirstRun = gateway.get("/oauth2/jwks").body();
        }
        assertThat(keyFile).isRegularFile();

        try (ConfigurableApplicationContext second = startGateway(keyFile)) {
            GatewayClient gateway = new GatewayClient(port(second));
            String keysOfSecondRun = gateway.get("/oauth2/jwks").body();

            assertThat(JWKSet.parse(keysOfSecondRun).toJSONObject()).isEqualTo(JWKSet.parse(keysOfFirstRun).toJSONObject());
            SignedJWT token = SignedJWT.parse(tokenFromFirstRun);
            assertThat(token.verify(new RSASSAVerifier(
                    JWKSet.parse(keysOfSecondRun).getKeyByKeyId(token.getHeader().getKeyID()).toRSAKey()))).isTrue();
            // The gateway itself accepts it: only an admin's token reveals the health details.
            JsonNode health = json(gateway.get("/actuator/health", "Authorization", bearer(tokenFromFirstRun)));
            assertThat(health.has("components")).isTrue();
        }
    }

    @Test
    void withoutAKeyFileEveryStartHasItsOwnKey() throws Exception {
        String keysOfFirstRun;
        try (ConfigurableApplicationContext first = startGateway(null)) {
            keysOfFirstRun = new GatewayClient(port(first)).get("/oauth2/jwks").body();
        }
        try (ConfigurableApplicationContext second = startGateway(null)) {
            String keysOfSecondRun = new GatewayClient(port(second)).get("/oauth2/jwks").body();

            assertThat(keysOfSecondRun).isNotEqualTo(keysOfFirstRun);
        }
    }

    private static ConfigurableApplicationContext startGateway(Path keyFile) throws Exception {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
        if (keyFile != null) {
            args.add("--helpdesk.security.signing-key-file=" + keyFile);
        }
        // Nothing runs behind this gateway: keep its health checks off real local services.
        String nowhere = "http://127.0.0.1:" + closedPort();
        for (String service : List.of("ticket", "escalation", "knowledge", "reporting", "customer")) {
            args.add("--helpdesk.services." + service + ".uri=" + nowhere);
        }
        return new SpringApplicationBuilder(GatewayApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** A port that was free a moment ago and that nothing listens on now. */
    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
