package dev.helpdesk.gateway.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** 403 as {@code application/problem+json}, keeping the bearer {@code WWW-Authenticate} header. */
final class ProblemDetailAccessDeniedHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler challenge = new BearerTokenAccessDeniedHandler();

    private final HandlerExceptionResolver problemWriter;

    ProblemDetailAccessDeniedHandler(HandlerExceptionResolver problemWriter) {
        this.problemWriter = problemWriter;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        challenge.handle(request, response, denied);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "The token does not allow this request.");
        problemWriter.resolveException(request, response, null,
                new ErrorResponseException(HttpStatus.FORBIDDEN, problem, denied));
    }
}
