package dev.helpdesk.customer.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A customer's record changed: the whole profile after the change, and the API names of the
 * fields that changed ({@code name}, {@code emails}, {@code vip}, …).
 */
@Revision("1")
public record CustomerChanged(String customerId, CustomerProfile profile, List<String> changed) {

    public CustomerChanged {
        changed = List.copyOf(changed);
    }
}
