package dev.helpdesk.customer.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.mongodb.client.MongoDatabase;
import dev.helpdesk.customer.api.CustomerChanged;
import dev.helpdesk.customer.api.CustomerProfile;
import dev.helpdesk.customer.api.CustomerRegistered;
import dev.helpdesk.customer.email.api.EmailReceived;
import dev.helpdesk.customer.email.api.MailContent;
import dev.helpdesk.customer.privacy.ClearEvents;
import dev.helpdesk.customer.privacy.PersonalDataSerializer;
import dev.helpdesk.customer.privacy.PersonalFields;
import dev.helpdesk.customer.privacy.SubjectKeys;
import java.util.List;
import java.util.Map;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The customers' personal data in the event store is encrypted per customer (crypto-shredding, so an
 * erasure reaches every stored copy): the event serializer is Axon's Jackson serializer wrapped by
 * {@link PersonalDataSerializer}; Axon's auto-configuration backs off from its own.
 */
@Configuration(proxyBeanMethods = false)
public class PersonalDataConfiguration {

    /** A customer's profile holds their name, addresses and phone; erased, they read as the anonymised profile's. */
    static final List<PersonalFields> CUSTOMER_EVENTS = List.of(
            profileOf(CustomerRegistered.class), profileOf(CustomerChanged.class));

    /**
     * An inbound mail's sender, subject, text and attachments' names are sealed with the sender's key, so
     * that an erasure of the customer makes the stored mail unreadable (D87); erased, the mail reads as
     * one without sender, text or attachments.
     */
    static final List<PersonalFields> EMAIL_EVENTS = List.of(new PersonalFields(EmailReceived.class, "requesterId",
            "mail", Map.of("from", JsonNodeFactory.instance.nullNode(), "fromName", JsonNodeFactory.instance.nullNode(),
                    "subject", JsonNodeFactory.instance.textNode(MailContent.ERASED_SUBJECT),
                    "text", JsonNodeFactory.instance.textNode(""),
                    "attachments", JsonNodeFactory.instance.arrayNode())));

    private static PersonalFields profileOf(Class<?> eventType) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Map<String, JsonNode> erased = Map.of("name", nodes.textNode(CustomerProfile.ERASED_NAME),
                "emails", nodes.arrayNode(), "phone", nodes.nullNode());
        return new PersonalFields(eventType, "customerId", "profile", erased);
    }

    @Bean
    SubjectKeys subjectKeys(MongoDatabase customerDatabase) {
        return new SubjectKeys(customerDatabase);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(ObjectMapper axonObjectMapper, RevisionResolver revisionResolver, SubjectKeys keys) {
        Serializer jackson = JacksonSerializer.builder().objectMapper(axonObjectMapper)
                .revisionResolver(revisionResolver).build();
        return new PersonalDataSerializer(jackson, axonObjectMapper, keys,
                java.util.stream.Stream.concat(CUSTOMER_EVENTS.stream(), EMAIL_EVENTS.stream()).toList());
    }

    @Bean
    ClearEvents clearEvents(MongoTemplate axonMongoTemplate, ObjectMapper axonObjectMapper) {
        return new ClearEvents(axonMongoTemplate, axonObjectMapper, CUSTOMER_EVENTS);
    }
}
