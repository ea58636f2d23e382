package dev.helpdesk.gateway.routing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The connection pool of the client that proxies requests (Apache HttpClient, decisions D29).
 * Its defaults, five connections per service and 25 in all, would make most of the server's
 * request threads queue for a connection under load; every request thread may hold one instead.
 */
@Configuration(proxyBeanMethods = false)
class ProxyClientConfiguration {

    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder> proxyConnectionPool(
            @Value("${server.tomcat.threads.max:200}") int requestThreads) {
        return builder -> builder.withConnectionManagerCustomizer(
                pool -> pool.setMaxConnPerRoute(requestThreads).setMaxConnTotal(requestThreads * 2));
    }
}
