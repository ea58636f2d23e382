package dev.helpdesk.reporting.query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Keeps one document per knowledge article, with what the knowledge report shows of it: title,
 * language, kind and status. Like the ticket facts (D44) each document holds the article's events
 * by sequence and the fields are derived again from all of them, so duplicates change nothing and
 * the order of arrival does not matter: the title is the newest published one (a draft's title
 * until the first publication), language and kind those of the newest event naming them, the
 * status that of the newest event. One document, replaced only if its version is still the one read.
 * Deflections are kept one document per portal search, beside them.
 */
@Component
public class ArticleFactsProjection {

    public static final String TITLE = "title";
    public static final String LANGUAGE = "language";
    public static final String KIND = "kind";
    public static final String STATUS = "status";
    /** Fields of a deflection's document. */
    public static final String DEFLECTION_ARTICLES = "articleIds";
    public static final String SEARCHED_AT = "searchedAt";
    private static final String ID = "_id";
    private static final String VERSION = "version";
    private static final String HISTORY = "history";
    private static final String EVENT_ID = "id";
    private static final String PUBLISHED = "published";
    private static final int ATTEMPTS = 10;

    private final ProjectionState projections;
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();

    public ArticleFactsProjection(ProjectionState projections) {
        this.projections = projections;
    }

    /** Applies the event to the serving articles and, while a rebuild runs, to the ones it builds. */
    public ApplyOutcome apply(ArticleEvent event) {
        List<MongoCollection<Document>> targets = projections.writeTargets();
        ApplyOutcome serving = applyTo(projections.articlesOf(targets.get(0)), event);
        for (MongoCollection<Document> building : targets.subList(1, targets.size())) {
            applyTo(projections.articlesOf(building), event);
        }
        return serving;
    }

    /**
     * Keeps a deflection, one document per search ({@code _id} the search id), in the serving
     * deflections and, while a rebuild runs, in the ones it builds: a repeat is a duplicate key.
     */
    public ApplyOutcome apply(DeflectionEvent deflection) {
        List<MongoCollection<Document>> targets = projections.writeTargets();
        ApplyOutcome serving = applyTo(projections.deflectionsOf(targets.get(0)), deflection);
        for (MongoCollection<Document> building : targets.subList(1, targets.size())) {
            applyTo(projections.deflectionsOf(building), deflection);
        }
        return serving;
    }

    public ApplyOutcome applyTo(MongoCollection<Document> deflections, DeflectionEvent deflection) {
        if (indexed.add(deflections.getNamespace().getCollectionName())) {
            deflections.createIndex(Indexes.ascending(SEARCHED_AT)); // the knowledge report selects by it
        }
        try {
            deflections.insertOne(new Document(ID, deflection.searchId()).append(EVENT_ID, deflection.eventId())
                    .append(DEFLECTION_ARTICLES, deflection.articleIds())
                    .append(SEARCHED_AT, Date.from(deflection.searchedAt())));
            return ApplyOutcome.APPLIED;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return ApplyOutcome.ALREADY_APPLIED;
        }
    }

    /** Applies the event to one collection of article facts: a rebuild's. */
    public ApplyOutcome applyTo(MongoCollection<Document> articles, ArticleEvent event) {
        if (indexed.add(articles.getNamespace().getCollectionName())) {
            // Serves the conditional replace on the embedded server, as for the tickets (TicketFactsProjection).
            articles.createIndex(Indexes.ascending(ID, VERSION), new IndexOptions().unique(true));
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Document stored = articles.find(Filters.eq(ID, event.articleId())).first();
            Document history = stored == null ? new Document() : stored.get(HISTORY, new Document());
            String key = Long.toString(event.sequence());
            if (history.containsKey(key)) {
                return ApplyOutcome.ALREADY_APPLIED;
            }
            history.append(key, new Document(EVENT_ID, event.eventId()).append(PUBLISHED, event.published())
                    .append(STATUS, event.status()).append(TITLE, event.title())
                    .append(LANGUAGE, event.language()).append(KIND, event.kind()));
            if (write(articles, stored, event.articleId(), history)) {
                return ApplyOutcome.APPLIED;
            }
        }
        throw new ConcurrentProjectionWriteException(event.articleId(), ATTEMPTS);
    }

    private static boolean write(MongoCollection<Document> articles, Document stored, String articleId,
            Document history) {
        long version = stored == null ? 0 : stored.get(VERSION, Number.class).longValue();
        Document document = fold(articleId, history).append(VERSION, version + 1).append(HISTORY, history);
        if (stored == null) {
            try {
                articles.insertOne(document);
                return true;
            } catch (MongoWriteException e) {
                if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                return false; // inserted by another consumer an instant ago
            }
        }
        return articles.replaceOne(new Document(ID, articleId).append(VERSION, version), document)
                .getMatchedCount() == 1;
    }

    /** The article's fields from its events in sequence order. */
    static Document fold(String articleId, Document history) {
        TreeMap<Long, Document> events = new TreeMap<>();
        history.forEach((sequence, event) -> events.put(Long.parseLong(sequence), (Document) event));
        String draftTitle = null;
        String publishedTitle = null;
        String language = null;
        String kind = null;
        String status = null;
        for (Map.Entry<Long, Document> entry : events.entrySet()) {
            Document event = entry.getValue();
            if (event.getString(TITLE) != null) {
                draftTitle = event.getString(TITLE);
                if (event.getBoolean(PUBLISHED, false)) {
                    publishedTitle = draftTitle;
                }
            }
            language = event.getString(LANGUAGE) == null ? language : event.getString(LANGUAGE);
            kind = event.getString(KIND) == null ? kind : event.getString(KIND);
            status = event.getString(STATUS) == null ? status : event.getString(STATUS);
        }
        return new Document(ID, articleId).append(TITLE, publishedTitle != null ? publishedTitle : draftTitle)
                .append(LANGUAGE, language).append(KIND, kind).append(STATUS, status);
    }
}
