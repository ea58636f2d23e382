package dev.helpdesk.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

class DownstreamFailureHandlerTest {

    @Test
    void aServiceThatCannotBeReachedIsUnavailable() {
        assertThat(DownstreamFailureHandler.statusFor(new ConnectException())).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(DownstreamFailureHandler.statusFor(new HttpConnectTimeoutException("connect timed out")))
            .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(DownstreamFailureHandler.statusFor(new ConnectTimeoutException("connect timed out")))
            .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(DownstreamFailureHandler.statusFor(new UnknownHostException("ticket")))
            .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsAGatewayTimeout() {
        assertThat(DownstreamFailureHandler.statusFor(new HttpTimeoutException("request timed out")))
            .isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        assertThat(DownstreamFailureHandler.statusFor(new SocketTimeoutException())).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
    }

    @Test
    void aServiceThatBreaksOffIsABadGateway() {
        assertThat(DownstreamFailureHandler.statusFor(new IOException("connection reset"))).isEqualTo(HttpStatus.BAD_GATEWAY);
    }
}
