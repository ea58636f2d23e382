package dev.helpdesk.knowledge.web;

import dev.helpdesk.knowledge.api.ArticleLanguages;
import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Who sees and does what with articles (issue 5, point 6; decisions in docs): staff (agents,
 * supervisors, admins) write, edit, submit and read drafts; editors publish and retire, and the
 * platform's editors are its supervisors and admins (there is no separate editor role); everyone
 * else (customers, other systems) reads published articles only, in their language with English
 * as the fallback.
 */
final class ArticleAccess {

    private ArticleAccess() {
    }

    static boolean isStaff(Caller caller) {
        return caller.hasAny(Role.AGENT, Role.SUPERVISOR, Role.ADMIN);
    }

    static boolean isEditor(Caller caller) {
        return caller.hasAny(Role.SUPERVISOR, Role.ADMIN);
    }

    static void requireStaff(Caller caller) {
        if (!isStaff(caller)) {
            throw forbidden("Only agents, supervisors and admins write articles");
        }
    }

    static void requireEditor(Caller caller) {
        if (!isEditor(caller)) {
            throw forbidden("Only editors (supervisors and admins) publish and retire articles");
        }
    }

    /**
     * The language a reader reads in: the one asked for, else the first supported one of the
     * request's {@code Accept-Language}, else English.
     */
    static String readerLanguage(String asked, HttpServletRequest request) {
        if (asked != null) {
            return asked;
        }
        if (request.getHeader("Accept-Language") != null) {
            for (Locale locale : Collections.list(request.getLocales())) {
                if (ArticleLanguages.isSupported(locale.getLanguage())) {
                    return locale.getLanguage();
                }
            }
        }
        return ArticleLanguages.ENGLISH;
    }

    private static ErrorResponseException forbidden(String detail) {
        return new ErrorResponseException(HttpStatus.FORBIDDEN,
                ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail), null);
    }
}
