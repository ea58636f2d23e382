package dev.helpdesk.customer.email.api;

/** One attachment of a mail as kept by the service; its bytes are read by its id. */
public record AttachmentRef(String id, String fileName, String contentType, long size) {
}
