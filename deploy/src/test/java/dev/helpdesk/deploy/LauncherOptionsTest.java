package dev.helpdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LauncherOptionsTest {

    private static final Path CWD = Path.of("/srv/helpdesk");

    @Test
    void withoutOptionsEverythingIsTheReferenceDefaultWithDataInDotDataOfTheWorkingDirectory() {
        PlatformSettings settings = settings(new String[0], new Properties(), Map.of());

        assertThat(settings).isEqualTo(PlatformSettings.defaults(CWD));
        assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/helpdesk/.data"));
        assertThat(settings.ports().gateway()).isEqualTo(8080);
        assertThat(settings.ports().of(Component.CUSTOMER)).isEqualTo(8085);
        assertThat(settings.ports().kafka()).isEqualTo(9092);
        assertThat(settings.ports().kafkaController()).isEqualTo(9093);
        assertThat(settings.ports().mongo()).isEqualTo(27017);
        assertThat(settings.ports().smtp()).isEqualTo(2525);
        assertThat(settings.ports().imap()).isEqualTo(3143);
        assertThat(settings.jarOf(Component.TICKET)).isEqualTo(Path.of("/srv/helpdesk/ticket-service/target/ticket-service.jar"));
    }

    @Test
    void theCommandLineWinsOverSystemPropertiesWhichWinOverTheEnvironment() {
        Properties systemProperties = new Properties();
        systemProperties.setProperty("helpdesk.gateway-port", "18080");
        systemProperties.setProperty("helpdesk.kafka-port", "19092");
        Map<String, String> environment = Map.of(
                "HELPDESK_GATEWAY_PORT", "28080",
                "HELPDESK_KAFKA_PORT", "29092",
                "HELPDESK_MONGO_PORT", "27999",
                "HELPDESK_IMAP_PORT", "13143",
                "HELPDESK_DATA_DIR", "/var/lib/helpdesk");

        PlatformSettings settings = settings(new String[] {"--gateway-port=8090", "--start-timeout=60",
                "--smtp-port=12525"},
                systemProperties, environment);

        assertThat(settings.ports().gateway()).isEqualTo(8090);
        assertThat(settings.ports().kafka()).isEqualTo(19092);
        assertThat(settings.ports().mongo()).isEqualTo(27999);
        assertThat(settings.ports().smtp()).isEqualTo(12525);
        assertThat(settings.ports().imap()).isEqualTo(13143);
        assertThat(settings.dataDir()).isEqualTo(Path.of("/var/lib/helpdesk"));
        assertThat(settings.startTimeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void jvmOptionsAreSplitOnWhitespace() {
        PlatformSettings settings = settings(new String[] {"--service-jvm-options= -Xmx256m  -XX:+UseSerialGC "},
                new Properties(), Map.of());

        assertThat(settings.serviceJvmOptions()).containsExactly("-Xmx256m", "-XX:+UseSerialGC");
        assertThat(settings.kafkaJvmOptions()).isEqualTo(PlatformSettings.DEFAULT_KAFKA_JVM_OPTIONS);
    }

    @Test
    void servicesChoosesWhichServicesRunBehindTheGatewayAndDefaultsToAll() {
        PlatformSettings all = settings(new String[0], new Properties(), Map.of());
        PlatformSettings reporting = settings(new String[] {"--services=reporting"}, new Properties(), Map.of());
        PlatformSettings two = settings(new String[] {"--services= ticket , reporting"}, new Properties(), Map.of());

        assertThat(all.components()).containsExactly(Component.values());
        assertThat(all.allServices()).isTrue();
        assertThat(reporting.services()).containsExactly(Component.REPORTING);
        assertThat(reporting.components()).containsExactly(Component.REPORTING, Component.GATEWAY);
        assertThat(reporting.allServices()).isFalse();
        assertThat(two.components()).containsExactly(Component.TICKET, Component.REPORTING, Component.GATEWAY);
        assertThat(settings(new String[] {"--services=all"}, new Properties(), Map.of())).isEqualTo(all);
        assertThatThrownBy(() -> settings(new String[] {"--services=reporting,gateway"}, new Properties(), Map.of()))
                .hasMessageContaining("unknown service 'gateway'");
    }

    @Test
    void aMisspeltOptionIsRejectedRatherThanIgnored() {
        assertThatThrownBy(() -> settings(new String[] {"--gatway-port=9000"}, new Properties(), Map.of()))
                .hasMessage("unknown option --gatway-port");
    }

    @Test
    void aPortMustBeANumberInRangeAndUsedOnlyOnce() {
        assertThatThrownBy(() -> settings(new String[] {"--mongo-port=mongo"}, new Properties(), Map.of()))
                .hasMessageContaining("--mongo-port must be a port number");
        assertThatThrownBy(() -> settings(new String[] {"--mongo-port=70000"}, new Properties(), Map.of()))
                .hasMessageContaining("--mongo-port must be a port number");
        assertThatThrownBy(() -> settings(new String[] {"--ticket-port=8080"}, new Properties(), Map.of()))
                .hasMessage("port 8080 is configured twice");
        assertThatThrownBy(() -> settings(new String[] {"--smtp-port=3143"}, new Properties(), Map.of()))
                .hasMessage("port 3143 is configured twice");
    }

    @Test
    void helpNamesEveryOptionWithItsEnvironmentVariableScheme() {
        String help = LauncherOptions.help();

        assertThat(help).contains("HELPDESK_<OPTION>", "-Dhelpdesk.<option>");
        for (String option : LauncherOptions.descriptions().keySet()) {
            assertThat(help).contains("--" + option);
        }
        assertThat(LauncherOptions.descriptions().keySet()).contains("ticket-port", "escalation-port",
                "knowledge-port", "reporting-port", "customer-port", "gateway-port");
        assertThat(List.of(Options.environmentVariableName("kafka-controller-port")))
                .containsExactly("HELPDESK_KAFKA_CONTROLLER_PORT");
    }

    private static PlatformSettings settings(String[] args, Properties systemProperties, Map<String, String> environment) {
        return LauncherOptions.toSettings(Options.parse(args, systemProperties, environment), CWD);
    }
}
