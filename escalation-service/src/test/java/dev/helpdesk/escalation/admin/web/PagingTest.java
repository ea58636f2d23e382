package dev.helpdesk.escalation.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.escalation.admin.InvalidInput;
import dev.helpdesk.escalation.admin.Violation;
import org.junit.jupiter.api.Test;

/** Paging parameters; If-Match is read by platform-support's {@code IfMatch}, tested there. */
class PagingTest {

    @Test
    void pagingDefaultsToTheFirstPageOfFiftyAndNamesBadValues() {
        assertThat(Paging.of(null, null)).isEqualTo(new Paging(0, 50));
        assertThat(Paging.of("2", "10")).isEqualTo(new Paging(2, 10));
        assertThatThrownBy(() -> Paging.of("-1", "0")).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.violations()).extracting(Violation::field).containsExactly("page", "size"));
        assertThatThrownBy(() -> Paging.of("x", "201")).isInstanceOf(InvalidInput.class);
    }
}
