package dev.helpdesk.reporting.web;

import dev.helpdesk.platform.security.Caller;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/v1/reports/changes}: server-sent events telling the ops dashboard when to read
 * the figures again (decisions D76). Same token and the same rules as the reports: agents,
 * supervisors and admins; customers and integrations 403. A stream never outlives the token it
 * was opened with: it ends at the token's expiry (or after {@code max-stream}) and the page opens
 * the next one with its renewed token.
 */
@RestController
class DashboardChangesController {

    static final String PATH = "/api/v1/reports/changes";

    private final DashboardChanges changes;
    private final Duration maxStream;

    DashboardChangesController(DashboardChanges changes,
            @Value("${helpdesk.reporting.dashboard.max-stream:30m}") Duration maxStream) {
        this.changes = changes;
        this.maxStream = maxStream;
    }

    @GetMapping(PATH)
    ResponseEntity<SseEmitter> changes(Caller caller, @AuthenticationPrincipal Jwt token) {
        ReportAccess.groupsFor(caller, null);
        Duration lifetime = maxStream;
        Instant expiresAt = token.getExpiresAt();
        if (expiresAt != null && Duration.between(Instant.now(), expiresAt).compareTo(lifetime) < 0) {
            lifetime = Duration.between(Instant.now(), expiresAt);
        }
        // No proxy may buffer or transform the stream (nginx honours X-Accel-Buffering).
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-cache, no-transform")
                .header("X-Accel-Buffering", "no").body(changes.open(lifetime));
    }
}
