package dev.helpdesk.deploy.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

class BsonDocumentTypeTest {

    private final BsonDocumentType type = BsonDocumentType.INSTANCE;

    @Test
    void everyTypeTheWireCarriesComesBackAsItWasStored() {
        Document document = new Document("_id", new ObjectId())
                .append("text", "Drucker im 2. Stock — offline")
                .append("int", 42)
                .append("long", 1L << 40)
                .append("double", -0.5)
                .append("bool", true)
                .append("null", null)
                .append("instant", Instant.parse("2026-11-27T08:15:30.123Z"))
                .append("uuid", UUID.randomUUID())
                .append("binary", new BinData(new byte[] {1, 2, 3}))
                .append("decimal", new Decimal128(7L, 3L))
                .append("timestamp", new BsonTimestamp(123_456L))
                .append("array", List.of(1, "two", new Document("three", 3.0)))
                .append("nested", new Document("history", List.of(new Document("sequence", 0L), new Document())));

        ByteBuffer stored = written(document);

        assertThat(stored.get(0)).isEqualTo(BsonDocumentType.BSON);
        assertThat(type.read(stored)).isEqualTo(document);
        assertThat(stored.hasRemaining()).as("reads exactly the value's bytes").isFalse();
    }

    /** A regular expression has no equals of its own: compared by what it says. */
    @Test
    void aRegularExpressionKeepsItsPatternAndOptions() {
        Document read = type.read(written(new Document("regex", new BsonRegularExpression("^net", "i"))));

        BsonRegularExpression regex = (BsonRegularExpression) read.get("regex");
        assertThat(regex.getPattern()).isEqualTo("^net");
        assertThat(regex.getOptions()).isEqualTo("i");
    }

    @Test
    void valuesFollowOneAnotherInAPage() {
        Document[] page = {new Document("a", 1), new Document("b", List.of("x", "y")), new Document()};
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, page, page.length);
        ByteBuffer bytes = buffer.getBuffer().flip();

        Document[] read = type.createStorage(page.length);
        type.read(bytes, read, read.length);

        assertThat(read).containsExactly(page);
        assertThat(bytes.hasRemaining()).isFalse();
    }

    /** The stock backend's format: files written before D106 hold documents this way. */
    @Test
    void readsJavaSerializedDocumentsBesideBsonOnes() {
        Document old = new Document("_id", "T-1").append("history", new ArrayList<>(List.of(new Document("seq", 1))));
        WriteBuffer buffer = new WriteBuffer();
        new ObjectDataType().write(buffer, old);
        type.write(buffer, new Document("_id", "T-2"));
        ByteBuffer bytes = buffer.getBuffer().flip();

        assertThat(type.read(bytes)).isEqualTo(old);
        assertThat(type.read(bytes)).isEqualTo(new Document("_id", "T-2"));
    }

    @Test
    void aDocumentBsonCannotHoldIsStoredJavaSerialized() {
        Document unusual = new Document("_id", "x").append("short", (short) 3).append("chars", "ab".toCharArray());

        ByteBuffer stored = written(unusual);

        assertThat(stored.get(0)).isNotEqualTo(BsonDocumentType.BSON);
        Document read = type.read(stored);
        assertThat(read.get("short")).isEqualTo((short) 3);
        assertThat(Arrays.equals((char[]) read.get("chars"), "ab".toCharArray())).isTrue();
    }

    @Test
    void theMemoryEstimateGrowsWithTheDocument() {
        Document small = new Document("_id", "T-1");
        Document large = new Document("_id", "T-1").append("history", List.of(
                new Document("type", "helpdesk.ticket.opened.v1").append("subject", "x".repeat(500)),
                new Document("type", "helpdesk.ticket.assigned.v1")));

        assertThat(type.getMemory(large)).isGreaterThan(type.getMemory(small) + 500);
    }

    private ByteBuffer written(Document document) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, document);
        return buffer.getBuffer().flip();
    }
}
