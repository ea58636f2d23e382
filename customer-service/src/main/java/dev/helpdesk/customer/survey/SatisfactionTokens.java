package dev.helpdesk.customer.survey;

import dev.helpdesk.customer.survey.InvalidSatisfactionToken.Reason;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens in the satisfaction links of resolved-ticket notifications (D64):
 * {@code v1.<payload>.<signature>}, both base64url without padding; the payload is
 * {@code <ticketId>|<requesterId>|<tokenId>|<expires epoch second>}, the signature its HMAC-SHA256
 * with the configured secret. A token says nothing secret (ids only) but cannot be made or changed
 * without the secret. Single use is the redeeming side's part ({@link SurveyTokenLedger}).
 */
public final class SatisfactionTokens {

    private static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Duration validity;
    private final Clock clock;

    public SatisfactionTokens(String secret, Duration validity, Clock clock) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("The survey secret must have at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.validity = validity;
        this.clock = clock;
    }

    /** A new token for rating the ticket, valid for the configured time from now. */
    public String issue(String ticketId, String requesterId) {
        Instant expires = clock.instant().plus(validity);
        String payload = String.join("|", ticketId, requesterId == null ? "" : requesterId,
                UUID.randomUUID().toString(), Long.toString(expires.getEpochSecond()));
        String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return VERSION + "." + encoded + "." + ENCODER.encodeToString(sign(encoded));
    }

    /** What the token says, if it is ours, unchanged and not expired; else {@link InvalidSatisfactionToken}. */
    public SatisfactionToken verify(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new InvalidSatisfactionToken(Reason.FORGED, "Not a satisfaction token");
        }
        byte[] signature;
        String[] fields;
        try {
            signature = DECODER.decode(parts[2]);
            fields = new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException e) {
            throw new InvalidSatisfactionToken(Reason.FORGED, "Not a satisfaction token");
        }
        // constant time: a forger learns nothing from how long the comparison took
        if (!MessageDigest.isEqual(sign(parts[1]), signature)) {
            throw new InvalidSatisfactionToken(Reason.FORGED, "The satisfaction token's signature does not match");
        }
        if (fields.length != 4) {
            throw new InvalidSatisfactionToken(Reason.FORGED, "Not a satisfaction token");
        }
        Instant expires;
        try {
            expires = Instant.ofEpochSecond(Long.parseLong(fields[3]));
        } catch (NumberFormatException e) {
            throw new InvalidSatisfactionToken(Reason.FORGED, "Not a satisfaction token");
        }
        if (!clock.instant().isBefore(expires)) {
            throw new InvalidSatisfactionToken(Reason.EXPIRED,
                    "The satisfaction token expired at " + expires);
        }
        return new SatisfactionToken(fields[0], fields[1].isEmpty() ? null : fields[1], fields[2], expires);
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
