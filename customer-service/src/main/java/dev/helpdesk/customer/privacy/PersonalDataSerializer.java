package dev.helpdesk.customer.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.SecretKey;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crypto-shredding at the event store's edge (Axon's own data-protection module is commercial): the
 * events of the listed types are stored with their personal fields sealed into one
 * {@code "personal": {"scheme", "sealed"}} value, encrypted with the subject's key
 * ({@link SubjectKeys}), and read back decrypted. Once the key is deleted they read as erased: the
 * event type's placeholders. The domain's records know nothing of it, and every reader of the store
 * (the aggregates, the projections, the replays, the timeline) goes through here.
 *
 * <p>Events stored before encryption carry the fields in clear: they read as they are while the
 * subject is not erased, and as erased afterwards (the erasure also rewrites them, {@link ClearEvents}).
 */
public class PersonalDataSerializer implements Serializer {

    static final String PERSONAL = "personal";
    static final String SCHEME = "aes-256-gcm/1";
    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataSerializer.class);

    private final Serializer delegate;
    private final ObjectMapper json;
    private final SubjectKeys keys;
    private final Map<String, PersonalFields> byType;

    public PersonalDataSerializer(Serializer delegate, ObjectMapper json, SubjectKeys keys,
            List<PersonalFields> personal) {
        this.delegate = delegate;
        this.json = json;
        this.keys = keys;
        this.byType = personal.stream().collect(Collectors.toUnmodifiableMap(
                fields -> delegate.typeForClass(fields.payloadType()).getName(), Function.identity()));
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        PersonalFields fields = object == null ? null : byType.get(delegate.typeForClass(object.getClass()).getName());
        if (fields == null) {
            return delegate.serialize(object, expectedRepresentation);
        }
        SerializedObject<JsonNode> plain = delegate.serialize(object, JsonNode.class);
        JsonNode tree = plain.getData();
        seal(tree, fields);
        return new SimpleSerializedObject<>(getConverter().convert(tree, JsonNode.class, expectedRepresentation),
                expectedRepresentation, plain.getType());
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        PersonalFields fields = byType.get(serializedObject.getType().getName());
        if (fields == null) {
            return delegate.deserialize(serializedObject);
        }
        JsonNode tree = getConverter().convert(serializedObject.getData(), serializedObject.getContentType(),
                JsonNode.class).deepCopy();
        open(tree, fields);
        return delegate.deserialize(new SimpleSerializedObject<>(tree, JsonNode.class, serializedObject.getType()));
    }

    private void seal(JsonNode tree, PersonalFields fields) {
        ObjectNode holder = holderOf(tree, fields);
        if (holder == null) {
            return;
        }
        ObjectNode personal = json.createObjectNode();
        fields.erasedValues().keySet().stream().sorted().filter(holder::has)
                .forEach(field -> personal.set(field, holder.remove(field)));
        String subject = tree.path(fields.subjectField()).asText();
        SecretKey key = keys.forWriting(subject);
        holder.set(PERSONAL, json.createObjectNode().put("scheme", SCHEME)
                .put("sealed", FieldCipher.encrypt(personal.toString(), key, subject)));
    }

    private void open(JsonNode tree, PersonalFields fields) {
        ObjectNode holder = holderOf(tree, fields);
        if (holder == null) {
            return;
        }
        String subject = tree.path(fields.subjectField()).asText();
        JsonNode sealed = holder.remove(PERSONAL);
        if (sealed == null) {
            // written before encryption: in clear, until the subject is erased
            if (keys.isErased(subject)) {
                erase(holder, fields);
            }
            return;
        }
        Optional<JsonNode> opened = keys.forReading(subject).flatMap(key -> opened(sealed, key, subject));
        if (opened.isPresent() && opened.get() instanceof ObjectNode personal) {
            holder.setAll(personal);
        } else {
            erase(holder, fields);
        }
    }

    private Optional<JsonNode> opened(JsonNode sealed, SecretKey key, String subject) {
        try {
            return Optional.of(json.readTree(FieldCipher.decrypt(sealed.path("sealed").asText(), key, subject)));
        } catch (GeneralSecurityException | JsonProcessingException | IllegalArgumentException e) {
            // not sealed for this subject with this key: read it as erased rather than stop every reader
            LOG.warn("Personal data of subject {} cannot be decrypted ({}); it reads as erased", subject,
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The holder's personal fields replaced by their erased placeholders. */
    static void erase(ObjectNode holder, PersonalFields fields) {
        holder.remove(PERSONAL);
        fields.erasedValues().forEach((field, erased) -> holder.set(field, erased.deepCopy()));
    }

    static ObjectNode holderOf(JsonNode tree, PersonalFields fields) {
        return tree.get(fields.holderField()) instanceof ObjectNode holder ? holder : null;
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
