package dev.helpdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoNodeIntegrationTest {

    @TempDir
    Path workDir;

    @Test
    void documentsSurviveAStopBySigtermAndARestart() throws Exception {
        int port = FreePorts.allocate(1).get(0);
        List<Document> written = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            written.add(new Document("_id", "ticket-" + i).append("subject", "VPN drops, take " + i));
        }

        try (NodeUnderTest mongo = startMongo(port)) {
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
                tickets(client).insertMany(written);
            }
            ChildProcess.StopResult stop = mongo.stop();
            assertThat(stop.killed()).as("stopped by SIGTERM, not killed").isFalse();
        }
        assertThat(workDir.resolve("mongo").resolve(MongoNode.DATA_FILE)).isRegularFile();

        try (NodeUnderTest restarted = startMongo(port)) {
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
                assertThat(tickets(client).find().into(new ArrayList<>())).containsExactlyInAnyOrderElementsOf(written);
            }
            assertThat(restarted.stop().killed()).isFalse();
        }
    }

    private NodeUnderTest startMongo(int port) throws Exception {
        return NodeUnderTest.start(MongoNode.class, workDir, PlatformSettings.DEFAULT_MONGO_JVM_OPTIONS,
                        List.of("--data-dir=" + workDir.resolve("mongo"), "--port=" + port))
                .awaitReady(Duration.ofSeconds(30), () -> Probes.acceptsConnections(port));
    }

    private static MongoCollection<Document> tickets(MongoClient client) {
        return client.getDatabase("helpdesk").getCollection("tickets");
    }
}
