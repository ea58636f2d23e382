package dev.helpdesk.escalation.calendars.store;

import com.mongodb.client.MongoDatabase;
import dev.helpdesk.escalation.admin.store.VersionedDocuments;
import dev.helpdesk.escalation.calendars.CalendarDefinition;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calendars, in {@code sla_calendars}, with every version in {@code sla_calendar_changes}. */
@Configuration(proxyBeanMethods = false)
class CalendarStoreConfiguration {

    static final String KIND = "calendar";

    @Bean
    VersionedDocuments<CalendarDefinition> calendars(MongoDatabase escalationDatabase, Clock clock) {
        return new VersionedDocuments<>(KIND, escalationDatabase, "sla_calendars", "sla_calendar_changes",
                new CalendarMapping(), clock);
    }
}
