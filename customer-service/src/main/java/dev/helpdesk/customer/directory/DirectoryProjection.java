package dev.helpdesk.customer.directory;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.helpdesk.customer.api.AssetAssigned;
import dev.helpdesk.customer.api.CustomerChanged;
import dev.helpdesk.customer.api.CustomerErased;
import dev.helpdesk.customer.api.CustomerErasure;
import dev.helpdesk.customer.api.CustomerProfile;
import dev.helpdesk.customer.api.CustomerRegistered;
import dev.helpdesk.customer.api.OrganizationRegistered;
import java.time.Instant;
import java.util.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Keeps the directory's documents from the events (a tracking processor, so it can be rebuilt by
 * replaying them). Each write is conditional on the document's version being older than the event,
 * so a redelivered event changes nothing and none is applied twice. An erasure anonymises the
 * document and finishes what the request began (the key deleted, the addresses released), so an
 * erasure whose request failed half-way is completed here.
 */
@Component
@ProcessingGroup(DirectoryProjection.PROCESSING_GROUP)
class DirectoryProjection {

    static final String PROCESSING_GROUP = "customer-directory";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> customers;
    private final MongoCollection<Document> organizations;
    private final MongoCollection<Document> assets;
    private final CustomerErasures erasures;

    DirectoryProjection(MongoDatabase customerDatabase, CustomerErasures erasures) {
        this.customers = customerDatabase.getCollection(DirectoryDocuments.CUSTOMERS);
        this.organizations = customerDatabase.getCollection(DirectoryDocuments.ORGANIZATIONS);
        this.assets = customerDatabase.getCollection(DirectoryDocuments.ASSETS);
        this.erasures = erasures;
    }

    @EventHandler
    void on(CustomerRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        upsert(event.customerId(), sequence, Updates.combine(
                Updates.set("createdAt", Date.from(at)), fields(event.profile(), sequence, at)));
    }

    @EventHandler
    void on(CustomerChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        upsert(event.customerId(), sequence, fields(event.profile(), sequence, at));
    }

    @EventHandler
    void on(CustomerErased event, @SequenceNumber long sequence, @Timestamp Instant at) {
        erasures.complete(event.customerId());
        CustomerErasure erasure = new CustomerErasure(at, event.erasedBy(), event.reason());
        upsert(event.customerId(), sequence, Updates.combine(fields(event.profile(), sequence, at),
                Updates.set(DirectoryDocuments.ERASURE, DirectoryDocuments.erasureFields(erasure))));
    }

    /** The asset in {@code customer_assets}, and the customer's record at its new version. */
    @EventHandler
    void on(AssetAssigned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        assets.updateOne(Filters.eq("_id", event.assetId()), Updates.combine(
                Updates.set("customerId", event.customerId()), Updates.set("type", event.type()),
                Updates.set("model", event.model()), Updates.set("serial", event.serial()),
                Updates.set("assetTag", event.assetTag()), Updates.set("assignedAt", Date.from(at))), UPSERT);
        customers.updateOne(Filters.and(Filters.eq("_id", event.customerId()), Filters.lt("version", sequence + 1)),
                Updates.combine(Updates.set("version", sequence + 1), Updates.set("updatedAt", Date.from(at))));
    }

    @EventHandler
    void on(OrganizationRegistered event, @Timestamp Instant at) {
        organizations.updateOne(Filters.eq("_id", event.organizationId()), Updates.combine(
                Updates.set("name", event.name()), Updates.set("domain", event.domain()),
                Updates.set("createdAt", Date.from(at))), UPSERT);
    }

    private static Bson fields(CustomerProfile profile, long sequence, Instant at) {
        Document set = DirectoryDocuments.customerFields(profile)
                .append("version", sequence + 1)
                .append("updatedAt", Date.from(at));
        return new Document("$set", set);
    }

    /** Only over an older version: a duplicate key on the upsert means the document is as new already. */
    private void upsert(String customerId, long sequence, Bson update) {
        try {
            customers.updateOne(Filters.and(Filters.eq("_id", customerId), Filters.lt("version", sequence + 1)),
                    update, UPSERT);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
