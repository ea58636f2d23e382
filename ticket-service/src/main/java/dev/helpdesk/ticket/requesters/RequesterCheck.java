package dev.helpdesk.ticket.requesters;

import dev.helpdesk.platform.web.ProblemDetailsAdvice;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Refuses a ticket for a requester that no customer is, or one that is inactive (issue 6, D43).
 * What the customer events told this service decides; a requester they have not told of yet (a
 * customer registered an instant ago) is asked of the customer service with the caller's token.
 * A staff member who opens a ticket on their own behalf (a PROBLEM ticket, say) is their own
 * requester and needs no customer record.
 */
public class RequesterCheck {

    private final boolean enabled;
    private final KnownRequesters known;
    private final CustomerDirectoryClient directory;

    RequesterCheck(boolean enabled, KnownRequesters known, CustomerDirectoryClient directory) {
        this.enabled = enabled;
        this.known = known;
        this.directory = directory;
    }

    /**
     * @param callerId      the subject of the caller's token
     * @param authorization the caller's {@code Authorization} header, for the customer service
     * @throws ErrorResponseException 400 naming {@code requesterId}, or 503 if the customer service cannot tell
     */
    public void requireOpenable(String requesterId, String callerId, String authorization) {
        if (!enabled || requesterId.equals(callerId)) {
            return;
        }
        RequesterStatus status = statusOf(requesterId, authorization);
        if (status == RequesterStatus.UNKNOWN) {
            throw badRequester("names no customer");
        }
        if (status == RequesterStatus.INACTIVE) {
            throw badRequester("is an inactive customer, who may not open tickets");
        }
    }

    /**
     * A ticket's affected asset must be one of its requester's devices (issue 6 item 2, D89): the
     * asset events decide, and an asset they have not named as the requester's (assigned an instant
     * ago, or not theirs at all) is asked of the customer service with the caller's token.
     *
     * @param assetId the {@code affectedAssetId} of the request; nothing to check when null or blank
     * @throws ErrorResponseException 400 naming {@code affectedAssetId}, or 503 if the customer service cannot tell
     */
    public void requireAssetOf(String requesterId, String assetId, String authorization) {
        if (!enabled || assetId == null || assetId.isBlank()) {
            return;
        }
        String asset = assetId.strip();
        if (known.hasAsset(requesterId, asset)) {
            return;
        }
        boolean theirs;
        try {
            theirs = directory.assetIds(requesterId, authorization).contains(asset);
        } catch (CustomerDirectoryClient.DirectoryUnavailable e) {
            throw unavailable("The affected asset", e);
        }
        if (!theirs) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
                    ProblemDetailsAdvice.invalidField("affectedAssetId", "names no asset of the requester"), null);
        }
    }

    private RequesterStatus statusOf(String requesterId, String authorization) {
        Optional<Boolean> active = known.active(requesterId);
        if (active.isPresent()) {
            return active.get() ? RequesterStatus.ACTIVE : RequesterStatus.INACTIVE;
        }
        try {
            return directory.status(requesterId, authorization);
        } catch (CustomerDirectoryClient.DirectoryUnavailable e) {
            throw unavailable("The requester", e);
        }
    }

    private static ErrorResponseException unavailable(String what, CustomerDirectoryClient.DirectoryUnavailable e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                what + " cannot be checked right now (" + e.getMessage() + "); try again");
        return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, e);
    }

    private static ErrorResponseException badRequester(String message) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST,
                ProblemDetailsAdvice.invalidField("requesterId", message), null);
    }
}
