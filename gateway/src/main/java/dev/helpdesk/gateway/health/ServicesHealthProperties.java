package dev.helpdesk.gateway.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param timeout how long one service's readiness check may take to connect, and again to answer */
@ConfigurationProperties("helpdesk.health.services")
record ServicesHealthProperties(Duration timeout) {

    ServicesHealthProperties {
        timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
    }
}
