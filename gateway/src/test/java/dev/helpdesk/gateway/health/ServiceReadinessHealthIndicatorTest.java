package dev.helpdesk.gateway.health;

import java.time.Duration;

import dev.helpdesk.gateway.testing.FakeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Against a real HTTP server: what the gateway concludes from a service's readiness answer. */
class ServiceReadinessHealthIndicatorTest {

    /** Generous for a loopback answer, even the first one of the JVM (which loads the JSON stack). */
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final FakeService service = FakeService.start("ticket");

    private final ServiceReadinessHealthIndicator indicator = new ServiceReadinessHealthIndicator(service.uri(),
            ServicesHealthConfiguration.readinessClient(RestClient.builder(), TIMEOUT));

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void upWhenTheServiceSaysUpWith200() {
        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("uri", service.uri() + "/actuator/health/readiness");
    }

    @Test
    void downWhenTheServiceSaysDown() {
        service.readinessAnswers(503, "{\"status\":\"DOWN\",\"components\":{\"mongo\":{\"status\":\"DOWN\"}}}");

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("httpStatus", 503).containsEntry("reportedStatus", "DOWN");
    }

    @Test
    void downWhenA200DoesNotSayUp() {
        service.readinessAnswers(200, "{\"status\":\"OUT_OF_SERVICE\"}");

        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void downWhenTheAnswerIsNotAHealthDocument() {
        service.readinessAnswers(200, "<html>It works!</html>");

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("reportedStatus", "UNKNOWN");
    }

    @Test
    void downWhenNothingListens() {
        service.stop();

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("error")).asString().contains("ConnectException");
    }

    @Test
    void downInsteadOfWaitingWhenTheServiceHangs() {
        service.readinessIsSlow(TIMEOUT.multipliedBy(3));

        long started = System.nanoTime();
        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.multipliedBy(2));
    }
}
