package dev.helpdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadyBannerTest {

    @Test
    void namesTheGatewayTheDataAndLogDirectoriesAndACopyPasteTokenRequest() {
        PlatformSettings settings = PlatformSettings.defaults(Path.of("/srv/helpdesk"));

        String banner = LocalPlatform.readyBanner(new RunningPlatform(settings, Progress.silent()), Progress.silent());

        assertThat(banner).contains(
                "gateway    http://localhost:8080",
                "mail       SMTP 127.0.0.1:2525, IMAP 127.0.0.1:3143",
                "data       /srv/helpdesk/.data",
                "logs       /srv/helpdesk/.data/logs",
                "curl -s -u demo-agent:demo-agent-secret -d grant_type=client_credentials http://localhost:8080/oauth2/token",
                "curl -s -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' http://localhost:8080/api/v1/tickets",
                "Ctrl-C");
    }
}
