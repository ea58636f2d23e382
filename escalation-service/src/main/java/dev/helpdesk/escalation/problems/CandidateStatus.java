package dev.helpdesk.escalation.problems;

/**
 * OPEN until a supervisor decides: PROMOTED (a PROBLEM ticket was opened with the incidents
 * linked) or DISMISSED (not a problem). Only an open candidate gathers incidents.
 */
public enum CandidateStatus {
    OPEN, PROMOTED, DISMISSED
}
