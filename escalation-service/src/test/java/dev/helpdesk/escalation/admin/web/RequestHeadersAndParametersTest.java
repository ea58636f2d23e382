package dev.helpdesk.escalation.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.escalation.admin.InvalidInput;
import dev.helpdesk.escalation.admin.Violation;
import org.junit.jupiter.api.Test;

class RequestHeadersAndParametersTest {

    @Test
    void ifMatchIsTheQuotedVersionOfAnEarlierETagOrNothing() {
        assertThat(IfMatch.expectedVersion("\"3\"")).isEqualTo(3L);
        assertThat(IfMatch.expectedVersion("W/\"12\"")).isEqualTo(12L);
        assertThat(IfMatch.expectedVersion(null)).isNull();
        assertThat(IfMatch.expectedVersion("*")).isNull();
        assertThat(IfMatch.etag(7)).isEqualTo("\"7\"");
    }

    @Test
    void anIfMatchThatIsNoETagIsABadRequestNamingTheHeader() {
        for (String bad : new String[] {"3", "\"three\"", "\"1\", \"2\""}) {
            assertThatThrownBy(() -> IfMatch.expectedVersion(bad)).isInstanceOfSatisfying(InvalidInput.class,
                    invalid -> assertThat(invalid.violations()).extracting(Violation::field).containsExactly("If-Match"));
        }
    }

    @Test
    void pagingDefaultsToTheFirstPageOfFiftyAndNamesBadValues() {
        assertThat(Paging.of(null, null)).isEqualTo(new Paging(0, 50));
        assertThat(Paging.of("2", "10")).isEqualTo(new Paging(2, 10));
        assertThatThrownBy(() -> Paging.of("-1", "0")).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.violations()).extracting(Violation::field).containsExactly("page", "size"));
        assertThatThrownBy(() -> Paging.of("x", "201")).isInstanceOf(InvalidInput.class);
    }
}
