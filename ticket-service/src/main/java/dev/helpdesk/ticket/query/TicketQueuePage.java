package dev.helpdesk.ticket.query;

import java.util.List;

/** A page of a ticket list and how many tickets match in all (DESIGN.md section 5). */
public record TicketQueuePage(List<TicketQueueItem> items, int page, int size, long total) {

    public TicketQueuePage {
        items = List.copyOf(items);
    }
}
