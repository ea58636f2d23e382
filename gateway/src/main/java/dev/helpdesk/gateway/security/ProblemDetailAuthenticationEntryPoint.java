package dev.helpdesk.gateway.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * 401 as {@code application/problem+json}. The bearer entry point still sets the status
 * and the {@code WWW-Authenticate} challenge that OAuth clients read; the body is written
 * by Spring MVC's problem-details handling so it looks like every other error.
 */
final class ProblemDetailAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final AuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

    private final HandlerExceptionResolver problemWriter;

    ProblemDetailAuthenticationEntryPoint(HandlerExceptionResolver problemWriter) {
        this.problemWriter = problemWriter;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException, ServletException {
        challenge.commence(request, response, failure);
        // Say which of the two it is, not why the token failed: the challenge header
        // already carries the OAuth error, and details help attackers more than clients.
        String detail = failure instanceof OAuth2AuthenticationException
                ? "The bearer token is invalid or has expired."
                : "A bearer token is required.";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problemWriter.resolveException(request, response, null,
                new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, failure));
    }
}
