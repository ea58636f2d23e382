package dev.helpdesk.ticket.groups.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupNameClaimsTest {

    @Test
    void namesThatDifferOnlyInCaseOrSpacingAreTheSameName() {
        assertThat(GroupNameClaims.keyOf("  Service \t Desk  L1 ")).isEqualTo(GroupNameClaims.keyOf("service desk l1"));
    }

    @Test
    void differentWordsAreDifferentNames() {
        assertThat(GroupNameClaims.keyOf("Network L2")).isNotEqualTo(GroupNameClaims.keyOf("Network L3"));
    }
}
