package dev.helpdesk.customer.web;

import dev.helpdesk.customer.api.CustomerErasure;
import dev.helpdesk.customer.api.CustomerProfile;
import dev.helpdesk.customer.api.CustomerState;
import dev.helpdesk.customer.directory.CustomerView;
import java.time.Instant;
import java.util.List;

/**
 * DESIGN.md section 5's Customer, with its version (also the ETag) and times, and for an erased
 * customer the record of the erasure ({@code erasedAt, erasedBy, reason}; null otherwise).
 */
record CustomerResponse(String id, String name, List<String> emails, String phone, String organizationId,
        String locale, String timeZone, boolean vip, String tier, boolean active, long version, Instant createdAt,
        Instant updatedAt, CustomerErasure erasure) {

    static CustomerResponse of(CustomerView view) {
        return new CustomerResponse(view.id(), view.name(), view.emails(), view.phone(), view.organizationId(),
                view.locale(), view.timeZone(), view.vip(), view.tier(), view.active(), view.version(),
                view.createdAt(), view.updatedAt(), view.erasure());
    }

    static CustomerResponse of(CustomerState state) {
        CustomerProfile profile = state.profile();
        return new CustomerResponse(state.customerId(), profile.name(), profile.emails(), profile.phone(),
                profile.organizationId(), profile.locale(), profile.timeZone(), profile.vip(), profile.tier(),
                profile.active(), state.version(), state.createdAt(), state.updatedAt(), state.erasure());
    }
}
