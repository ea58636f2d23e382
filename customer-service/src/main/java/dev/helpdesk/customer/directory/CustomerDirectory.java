package dev.helpdesk.customer.directory;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import dev.helpdesk.customer.command.CustomerRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Reads the directory: customers and organisations by id, and customers by filters, a page at a time. */
@Component
public class CustomerDirectory implements SmartInitializingSingleton {

    private final MongoCollection<Document> customers;
    private final MongoCollection<Document> organizations;
    private final MongoCollection<Document> assets;

    CustomerDirectory(MongoDatabase customerDatabase) {
        this.customers = customerDatabase.getCollection(DirectoryDocuments.CUSTOMERS);
        this.organizations = customerDatabase.getCollection(DirectoryDocuments.ORGANIZATIONS);
        this.assets = customerDatabase.getCollection(DirectoryDocuments.ASSETS);
    }

    /** The look-ups by address and by organisation, and the list's order. Creating an existing index is a no-op. */
    @Override
    public void afterSingletonsInstantiated() {
        customers.createIndex(Indexes.ascending(DirectoryDocuments.EMAIL_KEYS));
        customers.createIndex(Indexes.ascending("organizationId", DirectoryDocuments.NAME_KEY));
        customers.createIndex(Indexes.ascending(DirectoryDocuments.NAME_KEY, "_id"));
        assets.createIndex(Indexes.ascending("customerId", "assignedAt"));
    }

    /** The devices assigned to the customer, the first assigned first. */
    public List<AssetView> assetsOf(String customerId) {
        List<AssetView> found = new ArrayList<>();
        assets.find(Filters.eq("customerId", customerId)).sort(Sorts.ascending("assignedAt", "_id"))
                .forEach(stored -> found.add(DirectoryDocuments.asset(stored)));
        return found;
    }

    /** What a list asks for; null fields ask for nothing. {@code text} matches part of the name or an address. */
    public record Filter(String email, String text, String organizationId, Boolean vip, Boolean active) {
    }

    /** One page of customers, ordered by name, and how many match in all. */
    public record Page(List<CustomerView> items, long total) {
    }

    public Optional<CustomerView> customer(String id) {
        return Optional.ofNullable(customers.find(Filters.eq("_id", id)).first()).map(DirectoryDocuments::customer);
    }

    public Optional<OrganizationView> organization(String id) {
        return Optional.ofNullable(organizations.find(Filters.eq("_id", id)).first())
                .map(DirectoryDocuments::organization);
    }

    public List<OrganizationView> organizations() {
        List<OrganizationView> all = new ArrayList<>();
        organizations.find().sort(Sorts.ascending("name", "_id")).forEach(stored ->
                all.add(DirectoryDocuments.organization(stored)));
        return all;
    }

    public Page customers(Filter filter, int page, int size) {
        Bson query = queryOf(filter);
        List<CustomerView> items = new ArrayList<>();
        customers.find(query).sort(Sorts.ascending(DirectoryDocuments.NAME_KEY, "_id"))
                .skip(page * size).limit(size)
                .forEach(stored -> items.add(DirectoryDocuments.customer(stored)));
        return new Page(items, customers.countDocuments(query));
    }

    private static Bson queryOf(Filter filter) {
        List<Bson> conditions = new ArrayList<>();
        if (filter.email() != null) {
            conditions.add(Filters.eq(DirectoryDocuments.EMAIL_KEYS, CustomerRules.keyOf(filter.email())));
        }
        if (filter.text() != null) {
            Pattern part = Pattern.compile(Pattern.quote(filter.text().strip().toLowerCase(Locale.ROOT)));
            conditions.add(Filters.or(Filters.regex(DirectoryDocuments.NAME_KEY, part),
                    Filters.regex(DirectoryDocuments.EMAIL_KEYS, part)));
        }
        if (filter.organizationId() != null) {
            conditions.add(Filters.eq("organizationId", filter.organizationId()));
        }
        if (filter.vip() != null) {
            conditions.add(Filters.eq("vip", filter.vip()));
        }
        if (filter.active() != null) {
            conditions.add(Filters.eq("active", filter.active()));
        }
        return conditions.isEmpty() ? new Document() : Filters.and(conditions);
    }
}
