package dev.helpdesk.gateway.web;

import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.ResponseHttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Drops a downstream service's echo of {@code X-Correlation-Id}: the
 * {@link CorrelationIdFilter} has already set it on the response, and a second copy
 * would make the header a list.
 */
@Component
class DownstreamCorrelationIdRemover implements ResponseHttpHeadersFilter {

    @Override
    public HttpHeaders apply(HttpHeaders downstreamHeaders, ServerResponse response) {
        if (!downstreamHeaders.containsHeader(CorrelationIdFilter.HEADER)) {
            return downstreamHeaders;
        }
        HttpHeaders filtered = HttpHeaders.copyOf(downstreamHeaders);
        filtered.remove(CorrelationIdFilter.HEADER);
        return filtered;
    }
}
