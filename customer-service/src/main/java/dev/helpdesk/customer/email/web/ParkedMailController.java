package dev.helpdesk.customer.email.web;

import dev.helpdesk.customer.email.intake.ParkedMail;
import dev.helpdesk.platform.web.ProblemDetailsAdvice;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The mail set aside (D86), the latest first: admins only ({@link EmailAccess}). */
@RestController
class ParkedMailController {

    static final String PATH = "/api/v1/channels/email/parked";

    private final ParkedMail parked;

    ParkedMailController(ParkedMail parked) {
        this.parked = parked;
    }

    record Page(List<ParkedMail.Entry> items, int page, int size, long total) {
    }

    @GetMapping(PATH)
    Page list(@RequestParam(defaultValue = "0") String page, @RequestParam(defaultValue = "20") String size) {
        int pageNumber = number("page", page, 0, Integer.MAX_VALUE / 200);
        int pageSize = number("size", size, 1, 200);
        ParkedMail.Page found = parked.list(pageNumber, pageSize);
        return new Page(found.items(), pageNumber, pageSize, found.total());
    }

    private static int number(String field, String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
                ProblemDetailsAdvice.invalidField(field, "must be a whole number from " + min + " to " + max), null);
    }
}
