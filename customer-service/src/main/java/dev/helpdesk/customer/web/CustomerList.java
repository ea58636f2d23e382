package dev.helpdesk.customer.web;

import java.util.List;

/** A page of customers in the platform's list shape. */
record CustomerList(List<CustomerResponse> items, int page, int size, long total) {
}
