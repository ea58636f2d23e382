package dev.helpdesk.customer.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A customer's personal data was erased: the record of the erasure itself, which is kept. It
 * carries the anonymised profile after the erasure ({@link CustomerProfile#anonymised()}), the API
 * names of the fields the erasure changed, who erased it and why; when is the message's timestamp.
 * No personal data: the name, addresses and phone of the earlier events become unreadable when the
 * customer's key is deleted.
 */
@Revision("1")
public record CustomerErased(String customerId, CustomerProfile profile, List<String> changed, String erasedBy,
        String reason) {

    public CustomerErased {
        changed = List.copyOf(changed);
    }
}
