package dev.helpdesk.customer.directory;

import dev.helpdesk.customer.api.CustomerErasure;
import dev.helpdesk.customer.api.CustomerProfile;
import dev.helpdesk.customer.command.CustomerRules;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bson.Document;

/** The directory's documents: {@code customers} and {@code organizations}, one per aggregate. */
final class DirectoryDocuments {

    static final String CUSTOMERS = "customers";
    static final String ORGANIZATIONS = "organizations";
    static final String ASSETS = "customer_assets";
    /** The addresses in lower case, for the case-insensitive look-up by address. */
    static final String EMAIL_KEYS = "emailKeys";
    /** The name in lower case, to sort and search by as people read names. */
    static final String NAME_KEY = "nameKey";
    /** The record of an erasure: {@code erasedAt, erasedBy, reason}; absent while not erased. */
    static final String ERASURE = "erasure";

    private DirectoryDocuments() {
    }

    static Document customerFields(CustomerProfile profile) {
        return new Document("name", profile.name())
                .append(NAME_KEY, profile.name().toLowerCase(Locale.ROOT))
                .append("emails", profile.emails())
                .append(EMAIL_KEYS, profile.emails().stream().map(CustomerRules::keyOf).toList())
                .append("phone", profile.phone())
                .append("organizationId", profile.organizationId())
                .append("locale", profile.locale())
                .append("timeZone", profile.timeZone())
                .append("vip", profile.vip())
                .append("tier", profile.tier())
                .append("active", profile.active());
    }

    static CustomerView customer(Document stored) {
        return new CustomerView(stored.getString("_id"), stored.getString("name"),
                stored.getList("emails", String.class, List.of()), stored.getString("phone"),
                stored.getString("organizationId"), stored.getString("locale"), stored.getString("timeZone"),
                stored.getBoolean("vip", false), stored.getString("tier"), stored.getBoolean("active", true),
                ((Number) stored.get("version")).longValue(), instant(stored.getDate("createdAt")),
                instant(stored.getDate("updatedAt")), erasure(stored.get(ERASURE, Document.class)));
    }

    static Document erasureFields(CustomerErasure erasure) {
        return new Document("erasedAt", Date.from(erasure.erasedAt())).append("erasedBy", erasure.erasedBy())
                .append("reason", erasure.reason());
    }

    private static CustomerErasure erasure(Document stored) {
        return stored == null ? null : new CustomerErasure(instant(stored.getDate("erasedAt")),
                stored.getString("erasedBy"), stored.getString("reason"));
    }

    static OrganizationView organization(Document stored) {
        return new OrganizationView(stored.getString("_id"), stored.getString("name"), stored.getString("domain"),
                instant(stored.getDate("createdAt")));
    }

    static AssetView asset(Document stored) {
        return new AssetView(stored.getString("_id"), stored.getString("type"), stored.getString("model"),
                stored.getString("serial"), stored.getString("assetTag"), instant(stored.getDate("assignedAt")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
