package dev.helpdesk.escalation.admin.web;

import java.util.List;

/** The platform's list shape (DESIGN.md section 5). */
public record ListPage<T>(List<T> items, int page, int size, long total) {
}
