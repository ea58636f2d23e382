package dev.helpdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** There is no Docker engine to run the compose file, so its shape is checked here instead. */
class ComposeFileTest {

    private static final Path DOCKER_DIR = Path.of("docker");
    private static final List<String> INFRASTRUCTURE = List.of("mongo", "kafka");
    /** Besides the infrastructure every service needs: the mail server, which the customer service sends to. */
    private static final String MAIL = "mail";

    private final Map<String, Map<String, Object>> services = loadServices();

    @Test
    void everyServiceTheInfrastructureAndTheGatewayAreDefinedWithAHealthCheck() {
        List<String> expected = new ArrayList<>(INFRASTRUCTURE);
        expected.add(MAIL);
        for (Component component : Component.values()) {
            expected.add(component.module);
        }
        assertThat(services.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        services.forEach((name, service) ->
                assertThat(map(service.get("healthcheck")).get("test")).as(name + " health check").isInstanceOf(List.class));
    }

    @Test
    void eachServiceIsBuiltFromItsOwnJarListensOnItsReferencePortAndChecksReadinessThere() {
        for (Component component : Component.values()) {
            Map<String, Object> service = services.get(component.module);
            Map<String, Object> build = map(service.get("build"));
            assertThat(build.get("dockerfile")).isEqualTo("deploy/docker/Dockerfile");
            assertThat(map(build.get("args")).get("MODULE")).isEqualTo(component.module);

            String port = Integer.toString(PlatformPorts.defaultPort(component));
            assertThat(map(service.get("environment")).get("SERVER_PORT")).as(component.module).isEqualTo(port);
            String probe = component == Component.GATEWAY ? "/actuator/health" : "/actuator/health/readiness";
            List<?> healthCheck = (List<?>) map(service.get("healthcheck")).get("test");
            assertThat(healthCheck.get(healthCheck.size() - 1)).as(component.module)
                    .isEqualTo("http://localhost:" + port + probe);
        }
    }

    @Test
    void servicesWaitForHealthyInfrastructureAndTheGatewayForHealthyServices() {
        for (Component service : Component.services()) {
            Map<String, Object> dependsOn = map(services.get(service.module).get("depends_on"));
            List<String> needed = new ArrayList<>(INFRASTRUCTURE);
            if (service == Component.CUSTOMER) {
                needed.add(MAIL);
            }
            assertThat(dependsOn.keySet()).as(service.module).containsExactlyInAnyOrderElementsOf(needed);
            dependsOn.values().forEach(condition -> assertThat(map(condition).get("condition")).isEqualTo("service_healthy"));
            assertThat(map(services.get(service.module).get("environment")))
                    .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                    .containsEntry("SPRING_MONGODB_HOST", "mongo")
                    .containsEntry("HELPDESK_SECURITY_ISSUER", "http://localhost:8080");
        }

        Map<String, Object> gateway = services.get(Component.GATEWAY.module);
        Map<String, Object> dependsOn = map(gateway.get("depends_on"));
        assertThat(dependsOn.keySet()).containsExactlyInAnyOrderElementsOf(
                Component.services().stream().map(c -> c.module).toList());
        dependsOn.values().forEach(condition -> assertThat(map(condition).get("condition")).isEqualTo("service_healthy"));
        Map<String, Object> environment = map(gateway.get("environment"));
        for (Component service : Component.services()) {
            assertThat(environment).containsEntry(
                    "HELPDESK_SERVICES_" + service.shortName.toUpperCase(Locale.ROOT) + "_URI",
                    "http://" + service.module + ":" + PlatformPorts.defaultPort(service));
        }
        assertThat(gateway.get("ports")).isEqualTo(List.of("8080:8080"));
    }

    @Test
    void theMailServerIsGreenMailOnTheReferencePortsAndTheCustomerServiceSendsThroughIt() {
        Map<String, Object> mail = services.get(MAIL);
        assertThat((String) mail.get("image")).startsWith("greenmail/standalone:");
        assertThat((String) map(mail.get("environment")).get("GREENMAIL_OPTS"))
                .contains("-Dgreenmail.smtp.port=" + PlatformPorts.DEFAULT_SMTP,
                        "-Dgreenmail.imap.port=" + PlatformPorts.DEFAULT_IMAP, "support@helpdesk.local");
        assertThat(map(services.get(Component.CUSTOMER.module).get("environment")))
                .containsEntry("SPRING_MAIL_HOST", MAIL)
                .containsEntry("SPRING_MAIL_PORT", Integer.toString(PlatformPorts.DEFAULT_SMTP))
                .containsEntry("HELPDESK_EMAIL_IMAP_ENABLED", "true")
                .containsEntry("HELPDESK_EMAIL_IMAP_HOST", MAIL)
                .containsEntry("HELPDESK_EMAIL_IMAP_PORT", Integer.toString(PlatformPorts.DEFAULT_IMAP));
    }

    @Test
    void theHealthProbeCompilesWithoutWarnings(@TempDir Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

        int exitCode = javac.run(null, diagnostics, diagnostics, "-Xlint:all", "-Werror", "--release", "17",
                "-d", classes.toString(), DOCKER_DIR.resolve("HealthProbe.java").toString());

        assertThat(exitCode).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(classes.resolve("HealthProbe.class")).isRegularFile();
    }

    @Test
    void theDockerBuildContextLetsThroughWhatTheDockerfileCopies() throws IOException {
        String dockerfile = Files.readString(DOCKER_DIR.resolve("Dockerfile"));
        String ignore = Files.readString(DOCKER_DIR.resolve("Dockerfile.dockerignore"));

        assertThat(dockerfile).contains("COPY deploy/docker/HealthProbe.java", "COPY ${MODULE}/target/${MODULE}.jar");
        assertThat(ignore).contains("!deploy/docker/HealthProbe.java", "!*/target/*.jar");
    }

    private static Map<String, Map<String, Object>> loadServices() {
        try (Reader reader = Files.newBufferedReader(DOCKER_DIR.resolve("compose.yaml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
            return services;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
