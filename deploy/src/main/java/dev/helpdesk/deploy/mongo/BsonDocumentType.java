package dev.helpdesk.deploy.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded server's documents are stored in the H2 file: as BSON, the form they arrive
 * in over the wire, instead of the stock backend's Java serialization. A ticket's reporting
 * document (its history and facts) took 70 µs to Java-serialize and read back, 18 µs as BSON,
 * and every document a query or update touches outside H2's page cache, and every page written,
 * pays it (D106).
 *
 * <p>Each value starts with a byte saying how it is stored. Files written by earlier versions
 * hold Java-serialized values, whose first byte is one of {@link ObjectDataType}'s tags (all below
 * 120); those are read as before, and each is stored as BSON once it is written again, so an old
 * data directory needs no migration step. A document that BSON cannot hold (a value type the wire
 * never produces) is still stored the old way rather than refused.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    /** Never the first byte of a value {@link ObjectDataType} writes. */
    static final byte BSON = (byte) 0xB5;

    private static final int INITIAL_BUFFER_BYTES = 16 * 1024;
    /** A buffer grown beyond this by an unusually large document is not kept for the next one. */
    private static final int KEPT_BUFFER_BYTES = 1024 * 1024;

    /** One encoding buffer per thread that writes pages: a document's bytes are copied out at once. */
    private static final ThreadLocal<ByteBuf> BUFFERS =
            ThreadLocal.withInitial(() -> Unpooled.buffer(INITIAL_BUFFER_BYTES));

    /** Per object, map entry and string, roughly as the JVM lays them out; only for H2's cache accounting. */
    private static final int OBJECT_BYTES = 24;
    private static final int ENTRY_BYTES = 40;
    private static final int STRING_BYTES = 48;

    private final ObjectDataType javaSerialized = new ObjectDataType();

    private BsonDocumentType() {
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bson = BUFFERS.get().clear();
        try {
            BsonEncoder.encodeDocument(document, bson);
        } catch (RuntimeException notBson) {
            javaSerialized.write(buffer, document);
            return;
        } finally {
            if (bson.capacity() > KEPT_BUFFER_BYTES) {
                BUFFERS.remove();
            }
        }
        buffer.put(BSON);
        buffer.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
    }

    @Override
    public Document read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return (Document) javaSerialized.read(buffer);
        }
        buffer.get();
        ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice());
        Document document = BsonDecoder.decodeBson(bson);
        buffer.position(buffer.position() + bson.readerIndex());
        return document;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    /** An estimate of the document's heap size, for H2's page cache, which samples it. */
    @Override
    public int getMemory(Document document) {
        return estimate(document);
    }

    private static int estimate(Object value) {
        if (value instanceof Map<?, ?> map) {
            int bytes = OBJECT_BYTES;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                bytes += ENTRY_BYTES + estimate(entry.getKey()) + estimate(entry.getValue());
            }
            return bytes;
        }
        if (value instanceof Collection<?> values) {
            int bytes = OBJECT_BYTES;
            for (Object element : values) {
                bytes += Integer.BYTES + estimate(element);
            }
            return bytes;
        }
        if (value instanceof String text) {
            return STRING_BYTES + text.length();
        }
        return OBJECT_BYTES;
    }
}
