package dev.wfi.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import java.lang.reflect.Constructor;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The top-level properties of a generated model class as its serializer writes them, for changing a model and its
 * JSON one property at a time: a plain bean reads and writes each property on its own, so after a change the JSON
 * is the JSON before with the changed properties replaced by what the model makes of their new values, and the
 * model is the model before with those values set. An update thereby converts the two or three properties it
 * changes instead of the whole integration, to a model and back (Revision#updated; RevisionTest checks that both
 * ways agree on random integrations and changes).
 */
final class ModelProperties {
    /** Conversions remembered per property (enum and flag values, times); clients choose them, so the memory is cleared when full. */
    private static final int CONVERSIONS_REMEMBERED = 256;

    private enum Kind { TEXT, BOOLEAN, INT, CONVERTED }

    /**
     * {@code getter} and {@code setter} are the model's own public accessors, as Jackson found them;
     * {@code conversions} remembers what JSON values became, {@code writtenModels} what nested models were written as.
     */
    private record Property(Kind kind, JavaType type, AnnotatedMember getter, AnnotatedMember setter,
            Map<JsonNode, JsonNode> conversions, Map<Object, JsonNode> writtenModels) {
    }

    private final ObjectMapper mapper;
    private final Constructor<?> constructor;
    private final Map<String, Property> byName = new HashMap<>();

    /** @throws IllegalArgumentException when {@code type} is not written as a plain bean writing every property, nulls included */
    ModelProperties(ObjectMapper mapper, Class<?> type) {
        this.mapper = mapper;
        if (!(serializer(mapper, type) instanceof BeanSerializer bean)) {
            throw new IllegalArgumentException(type.getName() + " is not written as a plain bean");
        }
        Map<String, AnnotatedMember> setters = new HashMap<>();
        for (BeanPropertyDefinition definition : mapper.getDeserializationConfig().introspect(mapper.constructType(type)).findProperties()) {
            if (definition.getMutator() instanceof AnnotatedMethod setter) {
                setters.put(definition.getName(), setter);
            }
        }
        try {
            this.constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " has no public no-argument constructor", e);
        }
        for (Iterator<PropertyWriter> writers = bean.properties(); writers.hasNext(); ) {
            PropertyWriter writer = writers.next();
            if (!(writer instanceof BeanPropertyWriter beanWriter) || beanWriter.willSuppressNulls()
                    || !(beanWriter.getMember() instanceof AnnotatedMethod) || !setters.containsKey(writer.getName())) {
                throw new IllegalArgumentException(type.getName() + "." + writer.getName()
                        + " is not always written, or not through a getter and a setter");
            }
            Class<?> raw = writer.getType().getRawClass();
            Kind kind = raw == String.class ? Kind.TEXT : raw == Boolean.class ? Kind.BOOLEAN : raw == Integer.class ? Kind.INT : Kind.CONVERTED;
            byName.put(writer.getName(), new Property(kind, writer.getType(), beanWriter.getMember(), setters.get(writer.getName()),
                    new ConcurrentHashMap<>(), new ConcurrentHashMap<>()));
        }
    }

    boolean has(String name) {
        return byName.containsKey(name);
    }

    /**
     * What the model writes for property {@code name} read from {@code value}: text, booleans and ints as they are,
     * null for null, anything else (flag sets, enums, times, nested models) converted through the model's type.
     *
     * @throws IllegalStateException when the model cannot read the value: checked bodies never bring one
     */
    JsonNode written(String name, JsonNode value) {
        Property property = property(name);
        if (value == null || value.isNull()) {
            return NullNode.getInstance();
        }
        boolean asItIs = switch (property.kind()) {
            case TEXT -> value.isTextual();
            case BOOLEAN -> value.isBoolean();
            case INT -> value.isInt();
            case CONVERTED -> false;
        };
        return asItIs ? value : converted(name, property, value);
    }

    /**
     * What the model writes for property {@code name} holding {@code value}, a value of the property's type: the
     * mapper writes it as the model would, with nothing read from JSON first.
     */
    JsonNode written(String name, Object value) {
        Property property = property(name);
        if (!property.type().getRawClass().isInstance(value)) {
            throw new IllegalArgumentException(name + " does not hold a " + value.getClass().getName());
        }
        JsonNode known = property.writtenModels().get(value);
        if (known != null) {
            return known;
        }
        JsonNode written = mapper.valueToTree(value);
        // a nested model (the caller's identity set) comes back update after update; a time never does
        if (written.isContainerNode()) {
            remember(property.writtenModels(), value, written);
        }
        return written;
    }

    private static <K> void remember(Map<K, JsonNode> memory, K key, JsonNode value) {
        if (memory.size() >= CONVERSIONS_REMEMBERED) {
            memory.clear();
        }
        memory.put(key, value);
    }

    /** The value the model holds for property {@code name} written as {@code written} (what {@link #written} gives). */
    Object read(String name, JsonNode written) {
        Property property = property(name);
        if (written.isNull()) {
            return null;
        }
        try {
            return switch (property.kind()) {
                case TEXT -> written.textValue();
                case BOOLEAN -> written.booleanValue();
                case INT -> written.intValue();
                case CONVERTED -> mapper.treeToValue(written, property.type());
            };
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("'" + name + "' does not map onto the model", e);
        }
    }

    /**
     * A new model holding {@code model}'s values, with those of {@code values} in their place. Values are shared,
     * not copied: models are never changed once made.
     */
    <T> T with(T model, Map<String, Object> values) {
        try {
            @SuppressWarnings("unchecked")
            T next = (T) constructor.newInstance();
            byName.forEach((name, property) -> property.setter().setValue(next,
                    values.containsKey(name) ? values.get(name) : property.getter().getValue(model)));
            return next;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + constructor.getDeclaringClass().getName(), e);
        }
    }

    private Property property(String name) {
        Property property = byName.get(name);
        if (property == null) {
            throw new IllegalArgumentException("the model has no property " + name);
        }
        return property;
    }

    private JsonNode converted(String name, Property property, JsonNode value) {
        JsonNode known = property.conversions().get(value);
        if (known != null) {
            return known;
        }
        JsonNode written;
        try {
            written = mapper.valueToTree(mapper.treeToValue(value, property.type()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("'" + name + "' does not map onto the model", e);
        }
        if (value.isValueNode() && written.isValueNode()) { // immutable both, so requests and revisions can share them
            remember(property.conversions(), value, written);
        }
        return written;
    }

    private static JsonSerializer<Object> serializer(ObjectMapper mapper, Class<?> type) {
        try {
            return mapper.getSerializerProviderInstance().findValueSerializer(type);
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException("no serializer for " + type.getName(), e);
        }
    }
}
