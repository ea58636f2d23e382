package dev.helpdesk.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives a service's test context its own Kafka broker, MongoDB-wire server and token issuer, and
 * points the service at them. Each is a bean of the context, so it stops when the context closes,
 * after the beans that use it.
 */
abstract class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new LinkedHashMap<>();

        TestIssuer issuer = new TestIssuer();
        register(context, "testIssuer", issuer, issuer::close);
        properties.put("helpdesk.security.issuer", issuer.issuer());

        startInfrastructure(context, properties);
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource(getClass().getSimpleName(), properties));
    }

    /** Starts Kafka and Mongo, registers them and puts their addresses in {@code properties}. */
    protected abstract void startInfrastructure(ConfigurableApplicationContext context,
            Map<String, Object> properties);

    protected static void register(ConfigurableApplicationContext context, String name, Object bean,
            Runnable stop) {
        context.getBeanFactory().registerSingleton(name, bean);
        ((org.springframework.beans.factory.support.DefaultSingletonBeanRegistry) context.getBeanFactory())
                .registerDisposableBean(name + ".stopper", stop::run);
    }
}
