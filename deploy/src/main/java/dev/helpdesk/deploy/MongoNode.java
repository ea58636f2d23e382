package dev.helpdesk.deploy;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import dev.helpdesk.deploy.mongo.IndexedH2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB-wire-protocol server of the local platform, in a JVM of its own, its data in one H2
 * MVStore file. Stopping it with SIGTERM closes the file, so a restart finds every document.
 *
 * <p>Usage: {@code MongoNode --data-dir=<dir> --port=<port>}; the file is {@code <dir>/helpdesk.mv}.
 */
public final class MongoNode {

    private static final Logger log = LoggerFactory.getLogger(MongoNode.class);

    static final String DATA_FILE = "helpdesk.mv";

    private MongoNode() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Options options = Options.parse(args);
        Path dataDir = Path.of(options.require("data-dir")).toAbsolutePath();
        int port = options.port("port", PlatformPorts.DEFAULT_MONGO);
        Files.createDirectories(dataDir);

        // H2 writes changes to the file within a second (MVStore's auto-commit); close() writes the rest
        H2Backend backend = new IndexedH2Backend(dataDir.resolve(DATA_FILE).toString());
        MongoServer server = new MongoServer(backend);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping");
            // closes the client connections first: the services are stopped before us, stragglers lose nothing
            server.shutdownNow();
            stopped.countDown();
        }, "mongo-node-shutdown"));
        server.bind("127.0.0.1", port);
        log.info("MongoDB wire protocol on 127.0.0.1:{}, data in {}", port, dataDir.resolve(DATA_FILE));
        stopped.await();
    }
}
