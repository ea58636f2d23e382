package dev.helpdesk.knowledge.search;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * The search projection's position in the event stream, kept inside the Lucene index it
 * describes (in the commit's user data) rather than in MongoDB. So the index and its position
 * are committed together, each instance's index (on its own disk) follows the events by itself
 * instead of sharing one token with the other instances, and a deleted or new index has no
 * position at all: the processor then starts from the first event and rebuilds it. That is also
 * how the stack notes advise rebuilding with Mongo tracking tokens: into a fresh store from a
 * fresh token, not by resetting one in place.
 *
 * <p>For one processor with one segment, claimed by this instance alone.
 */
final class IndexTokenStore implements TokenStore {

    private static final String INITIALISED = "axon.token.initialised";
    private static final String TYPE = "axon.token.type";
    private static final String REVISION = "axon.token.revision";
    private static final String DATA = "axon.token.data";

    private final ArticleIndex index;
    private final Serializer serializer;

    IndexTokenStore(ArticleIndex index, Serializer serializer) {
        this.index = index;
        this.serializer = serializer;
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        requireOneSegment(segmentCount);
        index.commit(positionOf(initialToken));
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        initializeTokenSegments(processorName, segmentCount, null);
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        index.commit(positionOf(token));
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        Map<String, String> position = index.committedPosition();
        if (segment != 0 || !position.containsKey(INITIALISED)) {
            throw new UnableToClaimTokenException("The article index has no position for segment " + segment);
        }
        if (!position.containsKey(TYPE)) {
            return null; // from the first event
        }
        SerializedObject<String> stored = new SimpleSerializedObject<>(position.get(DATA), String.class,
                position.get(TYPE), position.get(REVISION));
        return serializer.deserialize(stored);
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        // one instance, one index: nobody else claims it
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return index.committedPosition().containsKey(INITIALISED) ? new int[] {0} : new int[0];
    }

    private Map<String, String> positionOf(TrackingToken token) {
        Map<String, String> position = new HashMap<>();
        position.put(INITIALISED, "true");
        if (token != null) {
            SerializedObject<String> serialized = serializer.serialize(token, String.class);
            position.put(TYPE, serialized.getType().getName());
            if (serialized.getType().getRevision() != null) {
                position.put(REVISION, serialized.getType().getRevision());
            }
            position.put(DATA, serialized.getData());
        }
        return position;
    }

    private static void requireOneSegment(int segmentCount) {
        if (segmentCount != 1) {
            throw new IllegalArgumentException("The article index is built by one segment, not " + segmentCount);
        }
    }
}
