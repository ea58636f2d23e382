package dev.helpdesk.ticket.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A ticket with a long history loads as fast as a new one: a snapshot every N events bounds how
 * many events a load replays, and a cache keeps recently used tickets in memory. (The cache is
 * per instance; a stale cached ticket on another instance fails its append and is reloaded.)
 */
@Configuration(proxyBeanMethods = false)
public class TicketRepositoryConfiguration {

    @Bean
    SnapshotTriggerDefinition ticketSnapshotTrigger(Snapshotter snapshotter,
            @Value("${helpdesk.tickets.snapshot-every:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    @Bean
    Cache ticketCache() {
        return new WeakReferenceCache();
    }
}
