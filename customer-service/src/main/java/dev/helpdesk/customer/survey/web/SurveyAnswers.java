package dev.helpdesk.customer.survey.web;

import dev.helpdesk.customer.survey.InvalidSatisfactionToken;
import dev.helpdesk.customer.survey.SatisfactionToken;
import dev.helpdesk.customer.survey.SatisfactionTokens;
import dev.helpdesk.customer.survey.SurveyTokenLedger;
import dev.helpdesk.customer.survey.api.AnswerSurvey;
import dev.helpdesk.customer.survey.api.InvalidSurveyAnswer;
import dev.helpdesk.eventsourcing.CommandDispatch;
import dev.helpdesk.eventsourcing.RequestMetadata;
import dev.helpdesk.platform.security.Caller;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * Takes the answer to a satisfaction link (D80): the link must verify (ours, unaltered, not expired)
 * and not be answered yet; the answer is stored as the survey's event first, and only then is the link
 * marked used in the {@link SurveyTokenLedger}. The event store is what makes a link rate once (a second
 * answer is a second creation of the same survey, refused); the ledger lets the page say "answered"
 * without trying. So no answer is lost: a crash between the two steps leaves an answer stored (and
 * published) and a link whose next use is refused by the event store instead of the ledger. Counted in
 * {@value #METRIC}{@code {outcome}}.
 */
@Component
class SurveyAnswers {

    static final String METRIC = "helpdesk.customer.surveys";

    private final SatisfactionTokens tokens;
    private final SurveyTokenLedger ledger;
    private final CommandDispatch commands;
    private final Clock clock;
    private final MeterRegistry meters;

    SurveyAnswers(SatisfactionTokens tokens, SurveyTokenLedger ledger, CommandDispatch commands,
            Clock notificationClock, MeterRegistry meters) {
        this.tokens = tokens;
        this.ledger = ledger;
        this.commands = commands;
        this.clock = notificationClock;
        this.meters = meters;
    }

    /** The link, if it may still be answered; else {@link InvalidSatisfactionToken} with the reason. */
    SatisfactionToken usable(String token) {
        SatisfactionToken link;
        try {
            link = tokens.verify(token);
        } catch (InvalidSatisfactionToken refused) {
            throw counted(refused);
        }
        if (ledger.isRedeemed(link)) {
            throw counted(new InvalidSatisfactionToken(InvalidSatisfactionToken.Reason.USED,
                    "The satisfaction link has been used already"));
        }
        return link;
    }

    /**
     * Records the answer to a {@link #usable} link: {@link InvalidSurveyAnswer} for a rating or comment that
     * is not taken, {@link InvalidSatisfactionToken} if the link was answered meanwhile; nothing changes then.
     */
    void answer(SatisfactionToken link, Integer rating, String comment, HttpServletRequest http) {
        List<Map.Entry<String, String>> violations = AnswerSurvey.violations(rating, comment);
        if (!violations.isEmpty()) {
            count("invalid");
            throw new InvalidSurveyAnswer(violations);
        }
        try {
            commands.sendAndWait(new AnswerSurvey(link.tokenId(), link.ticketId(), link.requesterId(), rating,
                    comment), metadata(link, http));
        } catch (AggregateStreamCreationException | ConcurrencyException answeredMeanwhile) {
            mark(link); // if an earlier answer's mark was lost, the link is marked now
            throw counted(new InvalidSatisfactionToken(InvalidSatisfactionToken.Reason.USED,
                    "The satisfaction link has been used already"));
        }
        mark(link);
        count("answered");
    }

    private void mark(SatisfactionToken link) {
        try {
            ledger.redeem(link, clock.instant());
        } catch (InvalidSatisfactionToken alreadyMarked) {
            // another answer to the link was marked first and lost at the event store: the mark stands
        }
    }

    /** The answer is the requester's (the link names them), with the request's trace context. */
    private static Map<String, Object> metadata(SatisfactionToken link, HttpServletRequest http) {
        String actor = link.requesterId() == null ? "survey-link" : link.requesterId();
        return RequestMetadata.of(new Caller(actor, Set.of(), Set.of(), link.requesterId()), http);
    }

    private InvalidSatisfactionToken counted(InvalidSatisfactionToken refused) {
        count(refused.reason().name().toLowerCase(Locale.ROOT));
        return refused;
    }

    private void count(String outcome) {
        Counter.builder(METRIC).tag("outcome", outcome)
                .description("answers to satisfaction links: answered, invalid, forged, expired, used")
                .register(meters).increment();
    }
}
