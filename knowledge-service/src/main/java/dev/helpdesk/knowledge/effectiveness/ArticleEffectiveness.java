package dev.helpdesk.knowledge.effectiveness;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How much each article helps (issue 5, item 5), kept as facts in the service's database rather
 * than as article events: counts that rise with every read, vote and ticket would change the
 * article's revision (its ETag) under an editor's feet and put a record on a topic kept for ever
 * for each read. Each fact's {@code _id} is what makes it unique, so repeats count once:
 *
 * <ul>
 * <li>{@value #RESOLUTIONS}: a ticket resolved citing the article, one per article and ticket
 *     (however often the ticket is resolved, and however often the event is read);</li>
 * <li>{@value #FEEDBACK}: one vote per article and person (a customer by their customer id, staff by
 *     their subject); voting again replaces the earlier vote;</li>
 * <li>{@value #VIEWS}: one counter per article, raised by each read of its published version by a
 *     reader — a statistic, not a record: a read costs one small update, never an event;</li>
 * <li>{@value #SEARCHES}: each search by a customer (the portal) with the articles it showed; one
 *     followed by a ticket of that customer within {@code helpdesk.knowledge.deflection-window}
 *     (the opened event marks it) is not a deflection. Deflections are counted when asked, so a
 *     ticket event read late still corrects them.</li>
 * </ul>
 */
@Component
public class ArticleEffectiveness {

    static final String RESOLUTIONS = "article_resolutions";
    static final String FEEDBACK = "article_feedback";
    static final String VIEWS = "article_views";
    static final String SEARCHES = "portal_searches";
    /** Articles a search showed that it credits for a deflection: the ones a reader sees first. */
    static final int CREDITED_PER_SEARCH = 3;

    private final MongoCollection<Document> resolutions;
    private final MongoCollection<Document> feedback;
    private final MongoCollection<Document> views;
    private final MongoCollection<Document> searches;
    private final Duration window;
    private final Clock clock;

    ArticleEffectiveness(MongoDatabase knowledgeDatabase,
            @Value("${helpdesk.knowledge.deflection-window:1h}") Duration window) {
        this.resolutions = knowledgeDatabase.getCollection(RESOLUTIONS);
        this.feedback = knowledgeDatabase.getCollection(FEEDBACK);
        this.views = knowledgeDatabase.getCollection(VIEWS);
        this.searches = knowledgeDatabase.getCollection(SEARCHES);
        this.window = window;
        this.clock = Clock.systemUTC();
        resolutions.createIndex(Indexes.ascending("articleId"), new IndexOptions().name("by-article"));
        feedback.createIndex(Indexes.ascending("articleId"), new IndexOptions().name("by-article"));
        searches.createIndex(Indexes.ascending("customerId"), new IndexOptions().name("by-customer"));
        searches.createIndex(Indexes.ascending("articleIds"), new IndexOptions().name("by-article"));
        searches.createIndex(Indexes.ascending("settled", "at"), new IndexOptions().name("to-settle"));
    }

    /** The ticket was resolved citing the article; false if that was counted before. */
    public boolean resolvedWith(String articleId, String ticketId, Instant at) {
        try {
            resolutions.insertOne(new Document("_id", articleId + ":" + ticketId)
                    .append("articleId", articleId)
                    .append("ticketId", ticketId)
                    .append("at", Date.from(at)));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    /** The person's vote on the article, replacing any earlier one of theirs. */
    public void vote(String articleId, String voterId, boolean helpful, boolean customer) {
        feedback.replaceOne(Filters.eq("_id", articleId + ":" + voterId), new Document("_id", articleId + ":" + voterId)
                .append("articleId", articleId)
                .append("voterId", voterId)
                .append("customer", customer)
                .append("helpful", helpful)
                .append("at", Date.from(clock.instant())), new ReplaceOptions().upsert(true));
    }

    public void viewed(String articleId) {
        views.updateOne(Filters.eq("_id", articleId), Updates.inc("views", 1L), new UpdateOptions().upsert(true));
    }

    /** A customer searched and was shown these articles, best first. */
    public void searched(String customerId, List<String> shownArticleIds) {
        if (shownArticleIds.isEmpty()) {
            return; // nothing shown, nothing to credit
        }
        searches.insertOne(new Document("_id", UUID.randomUUID().toString())
                .append("customerId", customerId)
                .append("at", Date.from(clock.instant()))
                .append("articleIds", shownArticleIds.subList(0, Math.min(CREDITED_PER_SEARCH, shownArticleIds.size())))
                .append("ledToTicket", false)
                .append("settled", false));
    }

    /** The customer opened a ticket: their searches in the window before it deflected nothing. */
    public void ticketOpened(String customerId, Instant openedAt) {
        searches.updateMany(Filters.and(Filters.eq("customerId", customerId),
                Filters.gte("at", Date.from(openedAt.minus(window))), Filters.lte("at", Date.from(openedAt))),
                Updates.set("ledToTicket", true));
    }

    /**
     * Searches whose window closed before {@code before} and that were not settled yet, oldest
     * first, at most {@code limit}: each is a deflection unless a ticket followed it.
     */
    public List<Search> toSettle(Instant before, int limit) {
        List<Search> due = new ArrayList<>();
        // $in [false, null] also matches searches kept before the flag existed, and can use the index.
        searches.find(Filters.and(Filters.in("settled", false, null),
                        Filters.lt("at", Date.from(before.minus(window)))))
                .sort(Sorts.ascending("at")).limit(limit)
                .forEach(search -> due.add(new Search(search.getString("_id"),
                        search.getList("articleIds", String.class), search.getDate("at").toInstant(),
                        search.getBoolean("ledToTicket", false))));
        return due;
    }

    /** The search's deflection is on record (or it led to a ticket): not settled again. */
    public void settled(String searchId) {
        searches.updateOne(Filters.eq("_id", searchId), Updates.set("settled", true));
    }

    /** A customer's search as kept: which articles it showed first, when, and whether a ticket followed. */
    public record Search(String id, List<String> articleIds, Instant at, boolean ledToTicket) {
    }

    public Figures of(String articleId) {
        long helpful = feedback.countDocuments(Filters.and(Filters.eq("articleId", articleId),
                Filters.eq("helpful", true)));
        long notHelpful = feedback.countDocuments(Filters.and(Filters.eq("articleId", articleId),
                Filters.eq("helpful", false)));
        Document counter = views.find(Filters.eq("_id", articleId)).first();
        long viewCount = counter == null ? 0 : ((Number) counter.get("views")).longValue();
        long deflections = searches.countDocuments(Filters.and(Filters.eq("articleIds", articleId),
                Filters.eq("ledToTicket", false), Filters.lt("at", Date.from(clock.instant().minus(window)))));
        Double ratio = helpful + notHelpful == 0 ? null : (double) helpful / (helpful + notHelpful);
        return new Figures(articleId, viewCount, helpful, notHelpful, ratio,
                resolutions.countDocuments(Filters.eq("articleId", articleId)), deflections);
    }

    /**
     * An article's figures.
     *
     * @param views           reads of its published version by readers (customers, the portal)
     * @param helpfulRatio    helpful / (helpful + notHelpful), or null before the first vote
     * @param ticketsResolved tickets resolved citing it (each once, however often resolved)
     * @param deflections     customer searches that showed it among the first results and were not
     *                        followed by a ticket of that customer within the window
     */
    public record Figures(String articleId, long views, long helpful, long notHelpful, Double helpfulRatio,
            long ticketsResolved, long deflections) {
    }
}
