package dev.helpdesk.gateway.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdFilterTest {

    @ParameterizedTest
    @ValueSource(strings = { "6f1c2a0e-8e4b-4c41-9d5a-0b8f6f0d2e11", "alert-7f3a", "HD-000042:retry.2" })
    void aCallersPlainIdIsKept(String id) {
        assertThat(CorrelationIdFilter.isAcceptable(id)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "two words", "line\r\nX-Injected: yes", "<script>" })
    void anIdThatIsMissingOrCouldForgeLogsIsReplaced(String id) {
        assertThat(CorrelationIdFilter.isAcceptable(id)).isFalse();
    }

    @Test
    void anOverlongIdIsReplaced() {
        assertThat(CorrelationIdFilter.isAcceptable("a".repeat(128))).isTrue();
        assertThat(CorrelationIdFilter.isAcceptable("a".repeat(129))).isFalse();
    }
}
