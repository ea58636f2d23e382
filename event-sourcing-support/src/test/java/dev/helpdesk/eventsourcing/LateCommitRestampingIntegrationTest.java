package dev.helpdesk.eventsourcing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;

/** The late-commit guard against the embedded MongoDB-wire server, over the network. */
class LateCommitRestampingIntegrationTest extends LateCommitBehaviour {

    private final MongoServer server = new MongoServer(new MemoryBackend());

    LateCommitRestampingIntegrationTest() {
        server.bind("127.0.0.1", 0);
    }

    @AfterEach
    void stopServer() {
        server.shutdownNow();
    }

    @Override
    protected String connectionString() {
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }
}
