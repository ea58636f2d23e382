package dev.helpdesk.customer.directory;

import dev.helpdesk.customer.api.AssetState;
import dev.helpdesk.customer.api.AssignAsset;
import dev.helpdesk.customer.api.ChangeCustomer;
import dev.helpdesk.customer.api.CustomerPatch;
import dev.helpdesk.customer.api.CustomerProfile;
import dev.helpdesk.customer.api.CustomerRegistered;
import dev.helpdesk.customer.api.CustomerState;
import dev.helpdesk.customer.api.EraseCustomer;
import dev.helpdesk.customer.api.InvalidCustomerCommand;
import dev.helpdesk.customer.api.OrganizationRegistered;
import dev.helpdesk.customer.api.OrganizationState;
import dev.helpdesk.customer.api.RegisterCustomer;
import dev.helpdesk.customer.api.RegisterOrganization;
import dev.helpdesk.eventsourcing.CommandDispatch;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * Everything around a directory command that an aggregate cannot decide on its own state: that the
 * organisation exists, that no other customer has the addresses, and what a duplicate id means.
 * Each method answers the record as the command left it; {@code metadata} is the request's
 * ({@link dev.helpdesk.eventsourcing.RequestMetadata}), copied onto the events.
 * The API and the start-up seeding both go through here.
 */
@Component
public class CustomerAdministration {

    private final CommandDispatch commands;
    private final EmailClaims emails;
    private final EventStore eventStore;
    private final CustomerErasures erasures;

    CustomerAdministration(CommandDispatch commands, EmailClaims emails, EventStore eventStore,
            CustomerErasures erasures) {
        this.commands = commands;
        this.emails = emails;
        this.eventStore = eventStore;
        this.erasures = erasures;
    }

    /**
     * @throws InvalidCustomerCommand if a field is invalid or the organisation does not exist
     * @throws EmailTaken if another customer has one of the addresses
     * @throws CustomerIdTaken if the id is taken
     */
    public CustomerState register(String customerId, CustomerProfile profile, Map<String, ?> metadata) {
        requireOrganization(profile.organizationId());
        List<String> claimed = profile.emails().stream().anyMatch(email -> email == null) ? List.of()
                : emails.claim(profile.emails(), customerId);
        try {
            return commands.sendAndWait(new RegisterCustomer(customerId, profile), metadata);
        } catch (AggregateStreamCreationException | ConcurrencyException e) {
            // the event store's unique (aggregate id, sequence) index: someone registered this id first
            emails.release(claimed, customerId);
            throw new CustomerIdTaken(customerId);
        } catch (RuntimeException e) {
            emails.release(claimed, customerId);
            throw e;
        }
    }

    /**
     * @throws UnknownCustomer if there is no such customer
     * @throws dev.helpdesk.customer.api.StaleCustomerVersion if {@code expectedVersion} is not the current one
     */
    public CustomerState change(String customerId, CustomerPatch patch, Long expectedVersion,
            Map<String, ?> metadata) {
        requireCustomer(customerId);
        if (patch.gives("organizationId")) {
            requireOrganization(patch.organizationId());
        }
        List<String> claimed = patch.gives("emails") && patch.emails() != null
                && patch.emails().stream().noneMatch(email -> email == null)
                ? emails.claim(patch.emails(), customerId) : List.of();
        CustomerState changed;
        try {
            changed = commands.sendAndWait(new ChangeCustomer(customerId, patch, expectedVersion),
                    metadata);
        } catch (AggregateNotFoundException e) {
            emails.release(claimed, customerId);
            throw new UnknownCustomer(customerId);
        } catch (RuntimeException e) {
            emails.release(claimed, customerId);
            throw e;
        }
        if (patch.gives("emails")) {
            emails.releaseAllBut(changed.profile().emails(), customerId);
        }
        return changed;
    }

    /**
     * Erases the customer's personal data: the erasure is recorded first (the anonymised record, who,
     * why), then their key is deleted and their addresses released. Erasing an erased customer again
     * records nothing and finishes those steps if a failure left them undone.
     *
     * @throws UnknownCustomer if there is no such customer
     * @throws InvalidCustomerCommand if the reason is missing or too long
     */
    public CustomerState erase(String customerId, String reason, String erasedBy, Map<String, ?> metadata) {
        requireCustomer(customerId);
        CustomerState erased;
        try {
            erased = commands.sendAndWait(new EraseCustomer(customerId, reason, erasedBy), metadata);
        } catch (AggregateNotFoundException e) {
            throw new UnknownCustomer(customerId);
        }
        erasures.complete(customerId);
        return erased;
    }

    /**
     * @throws UnknownCustomer if there is no such customer
     * @throws InvalidCustomerCommand if a field is invalid
     */
    public AssetState assignAsset(AssignAsset command, Map<String, ?> metadata) {
        requireCustomer(command.customerId());
        try {
            return commands.sendAndWait(command, metadata);
        } catch (AggregateNotFoundException e) {
            throw new UnknownCustomer(command.customerId());
        }
    }

    /**
     * @throws InvalidCustomerCommand if a field is invalid
     * @throws CustomerIdTaken if the id is taken
     */
    public OrganizationState registerOrganization(String organizationId, String name, String domain,
            Map<String, ?> metadata) {
        try {
            return commands.sendAndWait(new RegisterOrganization(organizationId, name, domain), metadata);
        } catch (AggregateStreamCreationException | ConcurrencyException e) {
            throw new CustomerIdTaken(organizationId);
        }
    }

    /**
     * An organisation's id would load as a customer without a record (and fail as no client's
     * mistake should): it names no customer. Asked of the event store, like the organisation below.
     */
    private void requireCustomer(String customerId) {
        DomainEventStream events = eventStore.readEvents(customerId);
        if (!events.hasNext() || !(events.peek().getPayload() instanceof CustomerRegistered)) {
            throw new UnknownCustomer(customerId);
        }
    }

    /**
     * Asked of the event store, not the directory: an organisation registered an instant ago exists
     * before the directory shows it.
     */
    private void requireOrganization(String organizationId) {
        if (organizationId == null) {
            return;
        }
        DomainEventStream events = eventStore.readEvents(organizationId);
        if (!events.hasNext() || !(events.peek().getPayload() instanceof OrganizationRegistered)) {
            throw InvalidCustomerCommand.of("Unknown organisation", "organizationId", "names no organisation");
        }
    }

}
