package dev.helpdesk.escalation.problems;

/**
 * A ticket whose details were edited, with its category after the edit (null: none). Only the
 * incidents this service counts are affected; any other ticket is ignored.
 *
 * @param sequence the edit's sequence in the ticket's stream, so an older edit never undoes a newer one
 */
public record RecategorizedTicket(String ticketId, long sequence, String category) {
}
