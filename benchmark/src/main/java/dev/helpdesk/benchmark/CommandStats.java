package dev.helpdesk.benchmark;

/**
 * One command type's figures over the measured window.
 *
 * @param count commands sent, successful or not
 * @param errors commands that got no 2xx answer with a ticket
 * @param perSecond commands sent per second of the window
 * @param latencyMs of the successful ones
 */
record CommandStats(String command, long count, long errors, double perSecond, LatencySummary latencyMs) {
}
