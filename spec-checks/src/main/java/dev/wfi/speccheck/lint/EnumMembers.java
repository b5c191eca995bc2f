package dev.wfi.speccheck.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Graph's enum conventions: flag enums, and members after {@code unknownFutureValue} that may appear later. */
public final class EnumMembers {

    public static final String SENTINEL = "unknownFutureValue";

    private EnumMembers() {
    }

    /** The schema's enum members as text, in declared order; empty when it is no enum. */
    public static List<String> of(JsonNode schema) {
        List<String> members = new ArrayList<>();
        schema.path("enum").forEach(member -> members.add(member.asText()));
        return members;
    }

    /** Members declared after {@code unknownFutureValue}: Graph sends them only to clients that ask. */
    public static List<String> evolvable(JsonNode schema) {
        List<String> members = of(schema);
        int sentinel = members.indexOf(SENTINEL);
        return sentinel < 0 ? List.of() : List.copyOf(members.subList(sentinel + 1, members.size()));
    }

    public static boolean isFlags(JsonNode schema) {
        return schema.path("x-ms-enum-flags").path("isFlags").asBoolean(false);
    }
}
