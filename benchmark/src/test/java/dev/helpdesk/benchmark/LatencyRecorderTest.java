package dev.helpdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    @Test
    void successesKeepTheirLatencyAndErrorsAreCountedWithAFewSamples() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int i = 1; i <= 3000; i++) {
            recorder.success(Command.OPEN, i);
        }
        for (int i = 0; i < 5; i++) {
            recorder.error(Command.ASSIGN, 412, "{\"title\":\"Precondition Failed\",\n \"status\":412}");
        }

        assertThat(recorder.count(Command.OPEN)).isEqualTo(3000);
        assertThat(recorder.latencies(Command.OPEN)).hasSize(3000).startsWith(1, 2, 3);
        assertThat(recorder.count(Command.ASSIGN)).isEqualTo(5);
        assertThat(recorder.errors()).isEqualTo(5);
        assertThat(recorder.errorSamples()).hasSize(LatencyRecorder.ERROR_SAMPLES_PER_COMMAND)
                .first().isEqualTo("assign -> HTTP 412: {\"title\":\"Precondition Failed\", \"status\":412}");
    }

    @Test
    void aRequestWithoutAnswerSaysSo() {
        LatencyRecorder recorder = new LatencyRecorder();

        recorder.error(Command.OPEN, -1, "ConnectException: Connection refused");

        assertThat(recorder.errorSamples())
                .containsExactly("open -> no response: ConnectException: Connection refused");
    }
}
