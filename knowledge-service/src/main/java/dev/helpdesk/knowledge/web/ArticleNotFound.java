package dev.helpdesk.knowledge.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 404 for an article (or version) that does not exist, and equally for one the caller may not
 * read: a customer cannot tell a draft from nothing.
 */
class ArticleNotFound extends ErrorResponseException {

    private static final long serialVersionUID = 1L;

    ArticleNotFound(String what) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + what), null);
    }
}
