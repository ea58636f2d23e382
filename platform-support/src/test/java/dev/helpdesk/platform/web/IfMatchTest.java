package dev.helpdesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

class IfMatchTest {

    @Test
    void ifMatchIsTheQuotedVersionOfAnEarlierETagOrNothing() {
        assertThat(IfMatch.expectedVersion("\"3\"", "policy")).isEqualTo(3L);
        assertThat(IfMatch.expectedVersion(" W/\"12\" ", "policy")).isEqualTo(12L);
        assertThat(IfMatch.expectedVersion(null, "policy")).isNull();
        assertThat(IfMatch.expectedVersion("", "policy")).isNull();
        assertThat(IfMatch.expectedVersion("*", "policy")).isNull();
        assertThat(IfMatch.etagOf(7)).isEqualTo("\"7\"");
    }

    @Test
    void anIfMatchThatIsNoETagIsABadRequestNamingTheHeader() {
        for (String bad : new String[] {"3", "\"three\"", "\"1\", \"2\"", "\"1234567890123456789\""}) {
            assertThatThrownBy(() -> IfMatch.expectedVersion(bad, "calendar"))
                    .isInstanceOfSatisfying(ErrorResponseException.class, problem -> {
                        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                        assertThat(problem.getBody().getProperties()).containsEntry("errors", List.of(Map.of(
                                "field", "If-Match", "message", "must be an ETag of this calendar, e.g. \"3\"")));
                    });
        }
    }
}
