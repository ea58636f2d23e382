package dev.helpdesk.platform;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.DeadLetterCounter;
import dev.helpdesk.platform.events.RebalanceListeners;
import dev.helpdesk.platform.health.KafkaClusterHealthIndicator;
import dev.helpdesk.platform.health.MongoPingHealthIndicator;
import dev.helpdesk.platform.security.CallerArgumentResolver;
import dev.helpdesk.platform.security.RememberingJwtDecoder;
import dev.helpdesk.platform.security.ResourceServerSecurity;
import dev.helpdesk.platform.web.DatabaseUnavailableAdvice;
import dev.helpdesk.platform.web.ProblemDetailsAdvice;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every helpdesk service gets by depending on this module: token validation with problem
 * responses, RFC 9457 errors, Mongo and Kafka health, and the CloudEvents codec.
 */
@AutoConfiguration(
        afterName = {
                "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
                "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"},
        // so that Boot's generic problem handler backs off in favour of ours
        beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@Import({ResourceServerSecurity.class, ProblemDetailsAdvice.class, DatabaseUnavailableAdvice.class})
public class PlatformAutoConfiguration {

    /** Distinct tokens remembered; a few clients hold one each, so this is generous. */
    private static final int REMEMBERED_TOKENS = 10_000;

    /** Every token decoder of the service remembers what it decoded (see {@link RememberingJwtDecoder}). */
    @Bean
    static BeanPostProcessor rememberDecodedTokens() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof RememberingJwtDecoder)
                        ? new RememberingJwtDecoder(decoder, REMEMBERED_TOKENS, Clock.systemUTC())
                        : bean;
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    CloudEventCodec cloudEventCodec() {
        return new CloudEventCodec();
    }

    @Bean
    WebMvcConfigurer callerArgumentResolverConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    /**
     * The driver waits 30 s for a server by default; a request or a health check should fail
     * well before a client or an orchestrator gives up.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer helpdeskMongoTimeouts(
            @Value("${helpdesk.mongodb.server-selection-timeout:10s}") Duration serverSelection) {
        return (MongoClientSettings.Builder settings) -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        serverSelection.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Bean
    @ConditionalOnBean(MongoClient.class)
    MongoPingHealthIndicator mongoHealthIndicator(MongoClient mongo) {
        return new MongoPingHealthIndicator(mongo, Duration.ofSeconds(3));
    }

    @Bean
    @ConditionalOnBean(KafkaAdmin.class)
    KafkaClusterHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaClusterHealthIndicator(admin.getConfigurationProperties(), Duration.ofSeconds(3));
    }

    /**
     * One {@link DeadLetterCounter} for every consumed topic a service declares as a
     * {@link DeadLetterCounter.Watched} bean: of two counters only one would be subscribed to the
     * error channel. Only where Spring Integration is (a service with consumer bindings).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.integration.annotation.ServiceActivator")
    static class DeadLetters {

        @Bean
        @ConditionalOnBean(DeadLetterCounter.Watched.class)
        @ConditionalOnMissingBean(DeadLetterCounter.class)
        DeadLetterCounter deadLetterCounter(List<DeadLetterCounter.Watched> consumedTopics) {
            return new DeadLetterCounter(consumedTopics);
        }
    }

    /**
     * The one rebalance listener the Kafka binder calls, forwarding to each of the service's own
     * (every {@code ConsumerAssignment} readiness component): the binder ignores them all when there
     * are two. Only where the binder is (a service with consumer bindings).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener")
    static class Rebalancing {

        @Bean
        @Primary
        RebalanceListeners rebalanceListeners(
                ObjectProvider<org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener> all) {
            return new RebalanceListeners(() -> all.orderedStream().toList());
        }
    }
}
