package dev.helpdesk.gateway.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an {@code X-Correlation-Id}: the caller's, or a new UUID. The id
 * travels downstream as a request header and comes back on the response, including on
 * the gateway's own 401s, so a caller can quote it when something goes wrong.
 */
@Component
public class CorrelationIdFilter extends OncePerRequestFilter implements Ordered {

    public static final String HEADER = "X-Correlation-Id";

    /**
     * The id ends up in logs and other systems' headers: accept only short plain tokens,
     * so a caller cannot inject line breaks or megabytes through it.
     */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    public int getOrder() {
        // Before Spring Security, so that rejected requests carry the id too.
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sent = request.getHeader(HEADER);
        String id = isAcceptable(sent) ? sent : UUID.randomUUID().toString();
        response.setHeader(HEADER, id);
        chain.doFilter(id.equals(sent) ? request : new WithCorrelationId(request, id), response);
    }

    static boolean isAcceptable(@Nullable String id) {
        return id != null && ACCEPTABLE.matcher(id).matches();
    }

    /** The request as if the caller had sent our id; the gateway copies these headers downstream. */
    private static final class WithCorrelationId extends HttpServletRequestWrapper {

        private final String id;

        WithCorrelationId(HttpServletRequest request, String id) {
            super(request);
            this.id = id;
        }

        @Override
        public @Nullable String getHeader(String name) {
            return HEADER.equalsIgnoreCase(name) ? id : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HEADER.equalsIgnoreCase(name) ? Collections.enumeration(Set.of(id)) : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            Set<String> names = new LinkedHashSet<>();
            for (Enumeration<String> original = super.getHeaderNames(); original.hasMoreElements();) {
                String name = original.nextElement();
                if (!HEADER.equalsIgnoreCase(name)) {
                    names.add(name);
                }
            }
            names.add(HEADER);
            return Collections.enumeration(names);
        }
    }
}
