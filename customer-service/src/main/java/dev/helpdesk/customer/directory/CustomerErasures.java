package dev.helpdesk.customer.directory;

import dev.helpdesk.customer.privacy.ClearEvents;
import dev.helpdesk.customer.privacy.SubjectKeys;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What an erasure does beyond its event, each step idempotent so that the request and the directory's
 * handler of the event may both do it, in either order and again: the customer's key is deleted (their
 * encrypted name, addresses and phone become unreadable in the event store), events stored in clear
 * before encryption are rewritten, their addresses are released for anyone to register, and every
 * other {@link PersonalDataHolder} of the service forgets them.
 */
@Component
public class CustomerErasures {

    private final SubjectKeys keys;
    private final ClearEvents clearEvents;
    private final EmailClaims emails;
    private final List<PersonalDataHolder> holders;

    CustomerErasures(SubjectKeys keys, ClearEvents clearEvents, EmailClaims emails, List<PersonalDataHolder> holders) {
        this.keys = keys;
        this.clearEvents = clearEvents;
        this.emails = emails;
        this.holders = List.copyOf(holders);
    }

    void complete(String customerId) {
        keys.shred(customerId);
        clearEvents.erase(customerId);
        emails.releaseAll(customerId);
        holders.forEach(holder -> holder.forget(customerId));
    }
}
