package dev.helpdesk.ticket.requesters;

import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code helpdesk.tickets.requesters.check} (on by default) refuses tickets for unknown or inactive
 * requesters; {@code customer-service-uri} and {@code timeout} say where and how long the customer
 * service is asked about a requester the customer events have not told of yet.
 */
@Configuration(proxyBeanMethods = false)
class RequesterConfiguration {

    @Bean
    RequesterCheck requesterCheck(@Value("${helpdesk.tickets.requesters.check:true}") boolean enabled,
            KnownRequesters known,
            @Value("${helpdesk.tickets.requesters.customer-service-uri:http://localhost:8085}") URI customerService,
            @Value("${helpdesk.tickets.requesters.timeout:3s}") Duration timeout) {
        return new RequesterCheck(enabled, known, new CustomerDirectoryClient(customerService, timeout));
    }
}
