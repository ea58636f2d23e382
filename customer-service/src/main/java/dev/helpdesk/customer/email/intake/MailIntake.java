package dev.helpdesk.customer.email.intake;

import dev.helpdesk.customer.api.CustomerProfile;
import dev.helpdesk.customer.api.InvalidCustomerCommand;
import dev.helpdesk.customer.directory.CustomerAdministration;
import dev.helpdesk.customer.directory.CustomerDirectory;
import dev.helpdesk.customer.directory.CustomerIdTaken;
import dev.helpdesk.customer.directory.CustomerView;
import dev.helpdesk.customer.directory.EmailClaims;
import dev.helpdesk.customer.directory.EmailTaken;
import dev.helpdesk.customer.email.api.AttachmentRef;
import dev.helpdesk.customer.email.api.MailContent;
import dev.helpdesk.customer.email.api.ReceiveEmail;
import dev.helpdesk.customer.notification.MailThreading;
import dev.helpdesk.customer.notification.NotificationTickets;
import dev.helpdesk.customer.notification.TicketFacts;
import dev.helpdesk.eventsourcing.CommandDispatch;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Takes one inbound mail, from the mailbox reader or the webhook (D83-D86): a mail taken before is a
 * duplicate; one without a usable sender, from our own address, written by a machine (an auto-reply, a
 * bounce), with an attachment over the limit, or from an inactive customer is parked; the sender is
 * matched to a customer by address (ignoring case), registered if
 * unknown (or the mail rejected, as configured); the ticket it answers is found from its threading
 * headers (our notifications' Message-IDs) or the {@code [HD-000042]} in its subject; its attachments
 * are stored; then {@link ReceiveEmail} records it, once per mail id. Every step before that is
 * idempotent, so a crash anywhere leaves a mail that is simply taken again: the IMAP reader flags a
 * mail only after this returned, and the webhook's caller retries.
 */
@Component
public class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);
    private static final Pattern NUMBER = Pattern.compile("\\[(HD-\\d{6,})]");
    private static final int MAX_SUBJECT = 200;
    /** What fits a ticket's description (20,000 characters) with the attachments' list. */
    private static final int MAX_TEXT = 19_000;
    private static final String NO_SUBJECT = "(no subject)";

    private final EventStore events;
    private final CommandDispatch commands;
    private final EmailClaims claims;
    private final CustomerAdministration administration;
    private final CustomerDirectory directory;
    private final NotificationTickets tickets;
    private final MailThreading threading;
    private final MailAttachments attachments;
    private final ParkedMail parked;
    private final RejectionReplies rejections;
    private final EmailSettings settings;
    private final MeterRegistry meters;
    private final String ownAddress;

    MailIntake(EventStore events, CommandDispatch commands, EmailClaims claims, CustomerAdministration administration,
            CustomerDirectory directory, NotificationTickets tickets, MailThreading threading,
            MailAttachments attachments, ParkedMail parked, RejectionReplies rejections, EmailSettings settings,
            MeterRegistry meters, @Value("${helpdesk.notifications.from:support@helpdesk.local}") String ownAddress) {
        this.events = events;
        this.commands = commands;
        this.claims = claims;
        this.administration = administration;
        this.directory = directory;
        this.tickets = tickets;
        this.threading = threading;
        this.attachments = attachments;
        this.parked = parked;
        this.rejections = rejections;
        this.settings = settings;
        this.meters = meters;
        this.ownAddress = ownAddress.strip();
    }

    /** A raw mail (IMAP, or a webhook's {@code message/rfc822}); one that does not parse is parked. */
    public MailReceipt takeRaw(byte[] raw, String via, String receivedBy, Map<String, ?> metadata) {
        ParsedMail mail;
        try {
            mail = MailParser.parse(raw);
        } catch (UnparsableMail e) {
            String mailId = MailIds.of(null, raw);
            return counted(via, park(mailId, e.getMessage(), via, new ParsedMail(null, null, null, null, null,
                    null, null, null, raw, false), null));
        }
        return take(mail, via, receivedBy, metadata);
    }

    public MailReceipt take(ParsedMail mail, String via, String receivedBy, Map<String, ?> metadata) {
        return counted(via, decide(mail, via, receivedBy, metadata));
    }

    private MailReceipt decide(ParsedMail mail, String via, String receivedBy, Map<String, ?> metadata) {
        String mailId = MailIds.of(mail.messageId(), mail.content());
        if (events.lastSequenceNumberFor(mailId).isPresent()) {
            return MailReceipt.setAside(mailId, MailReceipt.Outcome.DUPLICATE, null, null);
        }
        if (parked.isParked(mailId)) {
            return MailReceipt.setAside(mailId, MailReceipt.Outcome.DUPLICATE, null, "parked before");
        }
        if (mail.from() == null || !MailParser.isAddress(mail.from())) {
            return park(mailId, "the mail has no usable sender address (From)", via, mail, null);
        }
        if (mail.from().strip().equalsIgnoreCase(ownAddress)) {
            return park(mailId, "the mail comes from the help desk's own address (a loop)", via, mail, null);
        }
        Optional<String> known = claims.holderOf(mail.from());
        if (mail.automatic()) {
            // an out-of-office note or a bounce answering a notification must not comment on or reopen a ticket
            return park(mailId, "an automatic reply or delivery report (Auto-Submitted, Precedence or a"
                    + " multipart/report), not taken", via, mail, known.orElse(null));
        }
        long limit = settings.maxAttachmentSize().toBytes();
        for (ParsedMail.Attachment attachment : mail.attachments()) {
            if (attachment.data().length > limit) {
                return park(mailId, "the attachment " + attachment.fileName() + " has " + attachment.data().length
                        + " bytes, more than the limit of " + limit, via, mail, known.orElse(null));
            }
        }
        boolean registered = false;
        String requesterId;
        if (known.isPresent()) {
            requesterId = known.get();
            Optional<CustomerView> customer = directory.customer(requesterId);
            if (customer.isPresent() && !customer.get().active()) {
                return park(mailId, "the sender's customer record is inactive", via, mail, requesterId);
            }
        } else if (!settings.registersUnknownSenders()) {
            MailReceipt rejected = MailReceipt.setAside(mailId, MailReceipt.Outcome.REJECTED, null,
                    "unknown sender, rejected (helpdesk.email.unknown-senders=reject)");
            if (parked.park(mailId, "REJECTED", rejected.reason(), via, mail, null)) {
                rejections.reply(mail);
            }
            return rejected;
        } else {
            Optional<String> newcomer = register(mailId, mail, metadata);
            if (newcomer.isEmpty()) {
                return park(mailId, "no customer could be registered for the sender " + mail.from(), via, mail,
                        null);
            }
            requesterId = newcomer.get();
            // registered for this mail, here or by another instance taking the same mail
            registered = requesterId.equals(newcomerIdOf(mailId, mail.from()));
        }
        String replyTo = repliedTicket(mail).orElse(null);
        List<AttachmentRef> kept = new ArrayList<>();
        for (int i = 0; i < mail.attachments().size(); i++) {
            kept.add(attachments.store(mailId, i + 1, requesterId, mail.attachments().get(i)));
        }
        String ticketId = MailIds.ticketIdOf(mailId);
        MailContent content = new MailContent(mail.from().strip(), mail.fromName(), subjectOf(mail), textOf(mail),
                kept);
        try {
            commands.sendAndWait(new ReceiveEmail(mailId, mail.messageId(), ticketId, replyTo, numberIn(mail),
                    requesterId, registered, content, via, receivedBy), metadata);
        } catch (AggregateStreamCreationException | ConcurrencyException raced) {
            // another instance (or a retried webhook) recorded the same mail a moment ago
            return MailReceipt.setAside(mailId, MailReceipt.Outcome.DUPLICATE, requesterId, null);
        }
        return new MailReceipt(mailId, MailReceipt.Outcome.TAKEN, replyTo == null ? ticketId : null, replyTo,
                requesterId, registered, null);
    }

    /**
     * Registers the unknown sender under an id derived from the mail, so two instances taking the same mail
     * register one customer; whoever holds the address afterwards is the requester.
     */
    private Optional<String> register(String mailId, ParsedMail mail, Map<String, ?> metadata) {
        String id = newcomerIdOf(mailId, mail.from());
        String name = mail.fromName() != null ? mail.fromName() : mail.from().substring(0, mail.from().indexOf('@'));
        CustomerProfile profile = new CustomerProfile(name.length() > 200 ? name.substring(0, 200) : name,
                List.of(mail.from().strip()), null, null, settings.defaultLocale(), settings.defaultTimeZone(),
                false, null, true);
        try {
            administration.register(id, profile, metadata);
            log.info("Registered customer {} for the unknown sender of mail {}", id, mailId);
            return Optional.of(id);
        } catch (EmailTaken | CustomerIdTaken raced) {
            return claims.holderOf(mail.from());
        } catch (InvalidCustomerCommand invalid) {
            log.warn("No customer could be registered for mail {}: {}", mailId, invalid.getMessage());
            return Optional.empty();
        }
    }

    private static String newcomerIdOf(String mailId, String address) {
        return UUID.nameUUIDFromBytes(("inbound-mail-sender:" + mailId + ":" + address.strip().toLowerCase(Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Our notifications' Message-IDs in In-Reply-To or References first, then the number in the subject. */
    private Optional<String> repliedTicket(ParsedMail mail) {
        Optional<String> threaded = Stream.concat(mail.inReplyTo().stream(), mail.references().stream())
                .map(threading::ticketIdOf).flatMap(Optional::stream).findFirst();
        if (threaded.isPresent()) {
            return threaded;
        }
        String number = numberIn(mail);
        return number == null ? Optional.empty() : tickets.findByNumber(number).map(TicketFacts::ticketId);
    }

    private static String numberIn(ParsedMail mail) {
        if (mail.subject() == null) {
            return null;
        }
        Matcher matcher = NUMBER.matcher(mail.subject());
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String subjectOf(ParsedMail mail) {
        String subject = mail.subject() == null || mail.subject().isBlank() ? NO_SUBJECT : mail.subject().strip();
        return subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT - 1) + "…" : subject;
    }

    private static String textOf(ParsedMail mail) {
        String text = mail.text().strip();
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "\n[… cut: the mail was longer]" : text;
    }

    private MailReceipt park(String mailId, String reason, String via, ParsedMail mail, String requesterId) {
        if (parked.park(mailId, "PARKED", reason, via, mail, requesterId)) {
            log.warn("Parked inbound mail {} ({}): {}", mailId, via, reason);
        }
        return MailReceipt.setAside(mailId, MailReceipt.Outcome.PARKED, requesterId, reason);
    }

    private MailReceipt counted(String via, MailReceipt receipt) {
        meters.counter("helpdesk.customer.inbound-mail", "via", via, "outcome",
                receipt.outcome().name().toLowerCase(Locale.ROOT)).increment();
        return receipt;
    }
}
