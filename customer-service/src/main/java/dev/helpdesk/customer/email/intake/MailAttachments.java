package dev.helpdesk.customer.email.intake;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import dev.helpdesk.customer.email.api.AttachmentRef;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;

/**
 * The attachments of inbound mail (collection {@value #COLLECTION}), one document each, the bytes as
 * BSON binary: at most the configured size (10 MB by default), well inside MongoDB's 16 MB document
 * limit, so no GridFS is needed. The id is the mail's id and the attachment's place in it, so storing
 * a mail's attachments again (a reader restarted before the mail was recorded) overwrites, never adds.
 */
@Component
public class MailAttachments {

    static final String COLLECTION = "email_attachments";
    private static final String PATH = "/api/v1/channels/email/attachments/";

    private final MongoCollection<Document> attachments;

    MailAttachments(MongoDatabase customerDatabase) {
        this.attachments = customerDatabase.getCollection(COLLECTION);
    }

    /** Where the attachment is downloaded, under the gateway's base address. */
    public static String pathOf(String attachmentId) {
        return PATH + attachmentId;
    }

    AttachmentRef store(String mailId, int index, String requesterId, ParsedMail.Attachment attachment) {
        String id = mailId + "-" + index;
        attachments.replaceOne(Filters.eq("_id", id), new Document("_id", id).append("mailId", mailId)
                .append("requesterId", requesterId).append("fileName", attachment.fileName())
                .append("contentType", attachment.contentType()).append("size", (long) attachment.data().length)
                .append("data", new Binary(attachment.data())).append("storedAt", new Date()),
                new ReplaceOptions().upsert(true));
        return new AttachmentRef(id, attachment.fileName(), attachment.contentType(), attachment.data().length);
    }

    /** One stored attachment with its bytes, and the requester whose mail brought it. */
    public record Stored(AttachmentRef ref, String requesterId, byte[] data) {
    }

    public Optional<Stored> find(String id) {
        return Optional.ofNullable(attachments.find(Filters.eq("_id", id)).first()).map(found -> new Stored(
                new AttachmentRef(found.getString("_id"), found.getString("fileName"),
                        found.getString("contentType"), ((Number) found.get("size")).longValue()),
                found.getString("requesterId"), found.get("data", Binary.class).getData()));
    }
}
