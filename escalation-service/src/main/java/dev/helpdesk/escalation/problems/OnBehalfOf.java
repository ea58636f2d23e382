package dev.helpdesk.escalation.problems;

/**
 * The supervisor a call to the ticket service is made for: their id, and their bearer token, which
 * is forwarded so that the ticket service checks their rights and records them as the actor.
 */
public record OnBehalfOf(String callerId, String bearerToken) {

    @Override
    public String toString() {
        return "OnBehalfOf[" + callerId + "]"; // never the token
    }
}
