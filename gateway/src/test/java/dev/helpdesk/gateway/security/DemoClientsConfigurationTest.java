package dev.helpdesk.gateway.security;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerProperties;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerProperties.Client;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo clients as {@code application.yml} declares them, and as an operator overrides them. */
class DemoClientsConfigurationTest {

    @Test
    void everyDemoClientHasOneHourTokensAndClaims() throws Exception {
        Binder binder = binderFor(Map.of());

        Map<String, Client> clients = authorizationServer(binder).getClient();
        ClientClaimsProperties claims = binder.bind("helpdesk", ClientClaimsProperties.class).get();

        assertThat(clients).hasSize(7);
        clients.values().forEach(client -> {
            String clientId = client.getRegistration().getClientId();
            assertThat(client.getRegistration().getClientSecret()).isEqualTo("{noop}" + clientId + "-secret");
            assertThat(client.getRegistration().getAuthorizationGrantTypes()).containsExactly("client_credentials");
            assertThat(client.getToken().getAccessTokenTimeToLive()).isEqualTo(Duration.ofHours(1));
            assertThat(claims.claimsOf(clientId).roles()).as("roles of " + clientId).hasSize(1);
        });
    }

    @Test
    void anEnvironmentVariableReplacesADemoSecretWithoutRegisteringTheClientTwice() throws Exception {
        Binder binder = binderFor(Map.of(
                "SPRING_SECURITY_OAUTH2_AUTHORIZATIONSERVER_CLIENT_DEMOADMIN_REGISTRATION_CLIENTSECRET", "{noop}s3cret"));

        Map<String, Client> clients = authorizationServer(binder).getClient();

        assertThat(clients).hasSize(7);
        assertThat(clients.values()).filteredOn(client -> client.getRegistration().getClientId().equals("demo-admin"))
            .singleElement()
            .satisfies(admin -> assertThat(admin.getRegistration().getClientSecret()).isEqualTo("{noop}s3cret"));
    }

    private static OAuth2AuthorizationServerProperties authorizationServer(Binder binder) {
        return binder.bind("spring.security.oauth2.authorizationserver", OAuth2AuthorizationServerProperties.class)
            .get();
    }

    private static Binder binderFor(Map<String, Object> environmentVariables) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environmentVariables));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
            .forEach(environment.getPropertySources()::addLast);
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment);
    }
}
