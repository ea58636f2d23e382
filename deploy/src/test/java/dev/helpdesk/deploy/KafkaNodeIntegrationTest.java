package dev.helpdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaNodeIntegrationTest {

    private static final String TOPIC = "deploy.kafka-node-test";

    @TempDir
    Path workDir;

    @Test
    void acknowledgedRecordsAreReadBackAndSurviveACleanRestart() throws Exception {
        List<Integer> ports = FreePorts.allocate(2);
        String bootstrap = "127.0.0.1:" + ports.get(0);

        try (NodeUnderTest kafka = startKafka(ports)) {
            RecordMetadata written = produce(bootstrap, "ticket-1", "{\"type\":\"helpdesk.ticket.opened.v1\"}");
            assertThat(written.offset()).isZero();
            assertThat(consumeAll(bootstrap)).extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(tuple("ticket-1", "{\"type\":\"helpdesk.ticket.opened.v1\"}"));

            ChildProcess.StopResult stop = kafka.stop();
            assertThat(stop.killed()).as("controlled shutdown on SIGTERM").isFalse();
        }

        try (NodeUnderTest restarted = startKafka(ports)) {
            assertThat(consumeAll(bootstrap)).extracting(ConsumerRecord::key).containsExactly("ticket-1");
            assertThat(restarted.stop().killed()).isFalse();
        }
    }

    private NodeUnderTest startKafka(List<Integer> ports) throws Exception {
        String bootstrap = "127.0.0.1:" + ports.get(0);
        return NodeUnderTest.start(KafkaNode.class, workDir, PlatformSettings.DEFAULT_KAFKA_JVM_OPTIONS,
                        List.of("--data-dir=" + workDir.resolve("kafka"), "--port=" + ports.get(0),
                                "--controller-port=" + ports.get(1)))
                .awaitReady(Duration.ofSeconds(60), () -> Probes.acceptsConnections(ports.get(0)) && Probes.kafkaServes(bootstrap));
    }

    private static RecordMetadata produce(String bootstrap, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            // the topic does not exist yet: the broker creates it on first use
            return producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    private static List<ConsumerRecord<String, String>> consumeAll(String bootstrap) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            TopicPartition partition = new TopicPartition(TOPIC, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
