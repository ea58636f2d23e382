package dev.helpdesk.customer.alert.web;

import java.util.List;

/** What became of each alert of a notification, in the notification's order. */
record AlertmanagerReply(List<Alert> alerts) {

    /**
     * @param status     the alert's status as sent ({@code firing}, {@code resolved})
     * @param incidentId the ticket id of the alert's incident (the ticket service opens it within moments);
     *                   null for an alert that belongs to no occurrence the desk knows of
     * @param outcome    {@code OPENED}, {@code REPEATED}, {@code RESOLVED} or {@code IGNORED}
     */
    record Alert(String fingerprint, String status, String incidentId, String outcome) {
    }
}
