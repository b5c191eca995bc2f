package dev.wfi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.wfi.contract.Contract;
import dev.wfi.contract.PropertyInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The enum members a property may carry only with {@code Prefer: include-unknown-enum-members} (those the
 * contract declares after {@code unknownFutureValue}), for plain and flag enums alike. A property is named by its
 * path below the schema ({@code supportedEntities}, {@code sharedShift/theme}, {@code sharedShift/activities/0/theme}):
 * {@link #property} makes the name of a JSON pointer.
 */
final class EvolvableMembers {
    static final String SENTINEL = "unknownFutureValue";

    /**
     * {@code evolvable} holds the members in lower case: they are matched ignoring case. {@code answered} remembers
     * what {@link #hide} made of a value: answers repeat the same few values, and each took a split and a join.
     */
    private record EnumFacts(boolean flag, Set<String> evolvable, Map<JsonNode, JsonNode> answered) {
    }

    /** Values remembered per property; clients choose them, so the memory is cleared when full. */
    private static final int ANSWERS_REMEMBERED = 256;

    private final Contract contract;
    private final String schema;
    /** By property name; only names of validated or stored bodies are looked up, so the map stays small. */
    private final Map<String, Optional<EnumFacts>> facts = new ConcurrentHashMap<>();

    EvolvableMembers(Contract contract, String schema) {
        this.contract = contract;
        this.schema = schema;
    }

    /** The property name of a JSON pointer into a body: without the leading slash, every array index 0 (all items are declared alike). */
    static String property(String pointer) {
        StringBuilder name = new StringBuilder(pointer.length());
        for (String segment : pointer.substring(1).split("/", -1)) {
            if (name.length() > 0) {
                name.append('/');
            }
            name.append(!segment.isEmpty() && segment.chars().allMatch(Character::isDigit) ? "0" : segment);
        }
        return name.toString();
    }

    /** The evolvable members in the value of {@code property}, as written in the value. */
    List<String> in(String property, JsonNode value) {
        Optional<EnumFacts> enumFacts = facts(property);
        if (enumFacts.isEmpty() || !value.isTextual()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (String member : members(enumFacts.get(), value.asText())) {
            if (isEvolvable(enumFacts.get(), member)) {
                found.add(member);
            }
        }
        return found;
    }

    /** Whether {@code property} is an enum with evolvable members, so that {@link #hide} can change its value. */
    boolean hasAny(String property) {
        return facts(property).map(enumFacts -> !enumFacts.evolvable().isEmpty()).orElse(false);
    }

    /** The value as Graph answers a client that did not ask for evolvable members: each is {@code unknownFutureValue}. */
    JsonNode hide(String property, JsonNode value) {
        Optional<EnumFacts> enumFacts = facts(property);
        if (enumFacts.isEmpty() || !value.isTextual()) {
            return value;
        }
        Map<JsonNode, JsonNode> answered = enumFacts.get().answered();
        JsonNode known = answered.get(value);
        if (known == null) {
            known = hidden(property, enumFacts.get(), value);
            if (answered.size() >= ANSWERS_REMEMBERED) {
                answered.clear();
            }
            answered.put(value, known);
        }
        return known;
    }

    private JsonNode hidden(String property, EnumFacts enumFacts, JsonNode value) {
        if (in(property, value).isEmpty()) {
            return value;
        }
        List<String> kept = new ArrayList<>();
        for (String member : members(enumFacts, value.asText())) {
            if (!isEvolvable(enumFacts, member) && !member.equalsIgnoreCase(SENTINEL)) {
                kept.add(member);
            }
        }
        kept.add(SENTINEL); // declared before every evolvable member, so canonical order holds
        return TextNode.valueOf(String.join(",", kept));
    }

    private Optional<EnumFacts> facts(String property) {
        return facts.computeIfAbsent(property, name -> contract.property(schema, "/" + name)
                .flatMap(PropertyInfo::enumSchema)
                .map(enumSchema -> new EnumFacts(contract.isFlagEnum(enumSchema), contract.evolvableMembers(enumSchema).stream()
                        .map(member -> member.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()),
                        new ConcurrentHashMap<>())));
    }

    private static List<String> members(EnumFacts facts, String value) {
        if (!facts.flag()) {
            return List.of(value);
        }
        List<String> members = new ArrayList<>();
        for (String member : value.split(",")) {
            if (!member.isBlank()) {
                members.add(member.strip());
            }
        }
        return members;
    }

    private static boolean isEvolvable(EnumFacts facts, String member) {
        return facts.evolvable().contains(member.toLowerCase(Locale.ROOT));
    }
}
