package dev.helpdesk.platform.health;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Kafka is up when the cluster answers a describe-cluster request and has a broker. */
public class KafkaClusterHealthIndicator extends AbstractHealthIndicator {

    private final Map<String, Object> adminConfig;
    private final Duration timeout;
    private volatile AdminClient admin;

    public KafkaClusterHealthIndicator(Map<String, Object> adminConfig, Duration timeout) {
        super("Kafka cluster unreachable");
        this.adminConfig = adminConfig;
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        DescribeClusterResult cluster = admin()
                .describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
        int brokers = cluster.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
        String clusterId = cluster.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (brokers == 0) {
            builder.down().withDetail("brokers", 0);
            return;
        }
        builder.up().withDetail("clusterId", clusterId).withDetail("brokers", brokers);
    }

    private AdminClient admin() {
        AdminClient current = admin;
        if (current == null) {
            synchronized (this) {
                if (admin == null) {
                    Map<String, Object> config = new java.util.HashMap<>(adminConfig);
                    config.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "health-check");
                    admin = AdminClient.create(config);
                }
                current = admin;
            }
        }
        return current;
    }

    @PreDestroy
    public void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
