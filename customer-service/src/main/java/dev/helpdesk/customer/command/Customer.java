package dev.helpdesk.customer.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.helpdesk.customer.api.AssetAssigned;
import dev.helpdesk.customer.api.AssetState;
import dev.helpdesk.customer.api.AssignAsset;
import dev.helpdesk.customer.api.ChangeCustomer;
import dev.helpdesk.customer.api.CustomerChanged;
import dev.helpdesk.customer.api.CustomerErased;
import dev.helpdesk.customer.api.CustomerErasure;
import dev.helpdesk.customer.api.CustomerIsErased;
import dev.helpdesk.customer.api.CustomerProfile;
import dev.helpdesk.customer.api.CustomerRegistered;
import dev.helpdesk.customer.api.CustomerState;
import dev.helpdesk.customer.api.EraseCustomer;
import dev.helpdesk.customer.api.RegisterCustomer;
import dev.helpdesk.customer.api.StaleCustomerVersion;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A customer's record, event-sourced so that every change is on record. Stored as given after the
 * rules accepted it (names and addresses trimmed); a change that changes nothing records nothing,
 * so a client may repeat it. Whether the organisation exists and whether an address belongs to
 * someone else are decided before the command is sent: an aggregate decides on its own state only.
 * Once erased, the record is closed: it keeps its anonymised profile and the erasure's record.
 */
@Aggregate
class Customer {

    @AggregateIdentifier
    private String customerId;
    private CustomerProfile profile;
    private long version;
    private Instant createdAt;
    private Instant updatedAt;
    private final Map<String, AssetState> assets = new LinkedHashMap<>();
    private CustomerErasure erasure;

    protected Customer() {
        // for Axon: the state is rebuilt from the events
    }

    /** Answers the record as registered; a second registration of the id meets the event store's unique index. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    CustomerState handle(RegisterCustomer command) {
        CustomerRules.requireValid(command.profile());
        apply(new CustomerRegistered(command.customerId(), normalised(command.profile())));
        return state();
    }

    @CommandHandler
    CustomerState handle(ChangeCustomer command) {
        requireNotErased();
        if (command.expectedVersion() != null && command.expectedVersion() != version) {
            throw new StaleCustomerVersion(customerId, command.expectedVersion(), version);
        }
        CustomerProfile patched = command.patch().applyTo(profile);
        CustomerRules.requireValid(patched);
        CustomerProfile changedTo = normalised(patched);
        List<String> changed = changedFields(profile, changedTo);
        if (!changed.isEmpty()) {
            apply(new CustomerChanged(customerId, changedTo, changed));
        }
        return state();
    }

    /** Answers the asset as recorded; the same asset id again records nothing and answers the first. */
    @CommandHandler
    AssetState handle(AssignAsset command) {
        AssetState known = assets.get(command.assetId());
        if (known != null) {
            return known;
        }
        requireNotErased();
        CustomerRules.requireValidAsset(command);
        apply(new AssetAssigned(customerId, command.assetId(), command.type().strip().toUpperCase(Locale.ROOT),
                strippedOrNull(command.model()), strippedOrNull(command.serial()),
                strippedOrNull(command.assetTag())));
        return assets.get(command.assetId());
    }

    /**
     * Anonymises the record for good; an erased customer asked again answers the record as it is and
     * records nothing, so a retried request (or one that finishes what a crash left undone around
     * it) is harmless. The reason is checked first: bad input is a 400 either way.
     */
    @CommandHandler
    CustomerState handle(EraseCustomer command) {
        CustomerRules.requireValidErasure(command.reason());
        if (erasure == null) {
            CustomerProfile anonymised = profile.anonymised();
            List<String> changed = new ArrayList<>(changedFields(profile, anonymised));
            changed.add("erasure");
            apply(new CustomerErased(customerId, anonymised, changed, command.erasedBy(), command.reason().strip()));
        }
        return state();
    }

    @EventSourcingHandler
    void on(CustomerErased event, @Timestamp Instant at) {
        profile = event.profile();
        version++;
        updatedAt = stored(at);
        erasure = new CustomerErasure(updatedAt, event.erasedBy(), event.reason());
    }

    private void requireNotErased() {
        if (erasure != null) {
            throw new CustomerIsErased(customerId);
        }
    }

    /** An asset is part of the customer's record: its version moves on, as the directory's does. */
    @EventSourcingHandler
    void on(AssetAssigned event, @Timestamp Instant at) {
        version++;
        updatedAt = stored(at);
        assets.put(event.assetId(), new AssetState(event.assetId(), event.type(), event.model(), event.serial(),
                event.assetTag(), stored(at)));
    }

    private static String strippedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @EventSourcingHandler
    void on(CustomerRegistered event, @Timestamp Instant at) {
        customerId = event.customerId();
        profile = event.profile();
        version = 1;
        createdAt = stored(at);
        updatedAt = createdAt;
    }

    @EventSourcingHandler
    void on(CustomerChanged event, @Timestamp Instant at) {
        profile = event.profile();
        version++;
        updatedAt = stored(at);
    }

    /** As the event store keeps it (milliseconds): an answer right after a command equals a later read. */
    static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    private CustomerState state() {
        return new CustomerState(customerId, profile, version, createdAt, updatedAt, erasure);
    }

    private static CustomerProfile normalised(CustomerProfile given) {
        return new CustomerProfile(given.name().strip(), given.emails().stream().map(String::strip).toList(),
                given.phone() == null ? null : given.phone().strip(), given.organizationId(), given.locale(),
                given.timeZone(), given.vip(), given.tier() == null ? null : given.tier().strip(), given.active());
    }

    /** The API names of the fields that differ, in the API's order. */
    static List<String> changedFields(CustomerProfile before, CustomerProfile after) {
        List<String> changed = new ArrayList<>();
        add(changed, "name", before.name(), after.name());
        add(changed, "emails", before.emails(), after.emails());
        add(changed, "phone", before.phone(), after.phone());
        add(changed, "organizationId", before.organizationId(), after.organizationId());
        add(changed, "locale", before.locale(), after.locale());
        add(changed, "timeZone", before.timeZone(), after.timeZone());
        add(changed, "vip", before.vip(), after.vip());
        add(changed, "tier", before.tier(), after.tier());
        add(changed, "active", before.active(), after.active());
        return changed;
    }

    private static void add(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
