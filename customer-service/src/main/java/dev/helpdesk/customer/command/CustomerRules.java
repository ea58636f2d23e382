package dev.helpdesk.customer.command;

import dev.helpdesk.customer.api.AssignAsset;
import dev.helpdesk.customer.api.CustomerProfile;
import dev.helpdesk.customer.api.InvalidCustomerCommand;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a customer's or an organisation's record valid. Every violation is named at once, so
 * a caller fixes a request in one go.
 */
public final class CustomerRules {

    public static final Set<String> LOCALES = Set.of("en", "de");
    static final int MAX_NAME = 200;
    static final int MAX_EMAILS = 10;
    static final int MAX_EMAIL = 254;
    static final int MAX_TIER = 50;
    /** Something before and after one @, a dot in the domain, no spaces: what mail servers accept, roughly. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()/.-]{3,40}");
    private static final Pattern DOMAIN =
            Pattern.compile("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private CustomerRules() {
    }

    /** Addresses are compared as people read them: "Dana@Example.com" is "dana@example.com". */
    public static String keyOf(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    static void requireValid(CustomerProfile profile) {
        List<Map.Entry<String, String>> violations = new ArrayList<>();
        if (profile.name() == null || profile.name().isBlank()) {
            violations.add(Map.entry("name", "must not be blank"));
        } else if (profile.name().strip().length() > MAX_NAME) {
            violations.add(Map.entry("name", "must be at most " + MAX_NAME + " characters"));
        }
        checkEmails(profile.emails(), violations);
        if (profile.phone() != null && !PHONE.matcher(profile.phone().strip()).matches()) {
            violations.add(Map.entry("phone", "must be a phone number of digits, spaces and + ( ) / . -"));
        }
        if (profile.locale() == null || !LOCALES.contains(profile.locale())) {
            violations.add(Map.entry("locale", "must be one of " + LOCALES.stream().sorted().toList()));
        }
        if (profile.timeZone() == null || !isZone(profile.timeZone())) {
            violations.add(Map.entry("timeZone", "must be an IANA time zone such as Europe/Berlin"));
        }
        if (profile.tier() != null && (profile.tier().isBlank() || profile.tier().strip().length() > MAX_TIER)) {
            violations.add(Map.entry("tier", "must be 1 to " + MAX_TIER + " characters, or absent"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCustomerCommand("The customer's record is invalid", violations);
        }
    }

    static final int MAX_ASSET_TEXT = 100;
    static final int MAX_REASON = 500;

    /** An erasure names why (the request's reference), briefly: the record keeps it for good. */
    static void requireValidErasure(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidCustomerCommand.of("The erasure is invalid", "reason", "must not be blank");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw InvalidCustomerCommand.of("The erasure is invalid", "reason",
                    "must be at most " + MAX_REASON + " characters");
        }
    }

    /** An asset needs a type and something to tell it by: a serial number or an asset tag. */
    static void requireValidAsset(AssignAsset asset) {
        List<Map.Entry<String, String>> violations = new ArrayList<>();
        if (asset.type() == null || asset.type().isBlank()) {
            violations.add(Map.entry("type", "must not be blank, e.g. LAPTOP or PHONE"));
        }
        if (blank(asset.serial()) && blank(asset.assetTag())) {
            violations.add(Map.entry("serial", "or assetTag must be given, to tell the device by"));
        }
        for (Map.Entry<String, String> field : List.of(Map.entry("type", text(asset.type())),
                Map.entry("model", text(asset.model())), Map.entry("serial", text(asset.serial())),
                Map.entry("assetTag", text(asset.assetTag())))) {
            if (field.getValue().strip().length() > MAX_ASSET_TEXT) {
                violations.add(Map.entry(field.getKey(), "must be at most " + MAX_ASSET_TEXT + " characters"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidCustomerCommand("The asset is invalid", violations);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    static void requireValidOrganization(String name, String domain) {
        List<Map.Entry<String, String>> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(Map.entry("name", "must not be blank"));
        } else if (name.strip().length() > MAX_NAME) {
            violations.add(Map.entry("name", "must be at most " + MAX_NAME + " characters"));
        }
        if (domain != null && !DOMAIN.matcher(domain.strip()).matches()) {
            violations.add(Map.entry("domain", "must be a mail domain such as example.com"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCustomerCommand("The organisation is invalid", violations);
        }
    }

    private static void checkEmails(List<String> emails, List<Map.Entry<String, String>> violations) {
        if (emails.isEmpty()) {
            violations.add(Map.entry("emails", "must name at least one address"));
            return;
        }
        if (emails.size() > MAX_EMAILS) {
            violations.add(Map.entry("emails", "must name at most " + MAX_EMAILS + " addresses"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < emails.size(); i++) {
            String email = emails.get(i);
            String field = "emails[" + i + "]";
            if (email == null || email.strip().length() > MAX_EMAIL || !EMAIL.matcher(email.strip()).matches()) {
                violations.add(Map.entry(field, "must be an e-mail address such as dana@example.com"));
            } else if (!seen.add(keyOf(email))) {
                violations.add(Map.entry(field, "repeats an address of this customer"));
            }
        }
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
