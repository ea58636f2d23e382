package dev.helpdesk.customer.web;

/** {@code POST /customers/{id}/erasure}: why the customer's personal data is erased (a request's reference). */
record ErasureRequest(String reason) {
}
