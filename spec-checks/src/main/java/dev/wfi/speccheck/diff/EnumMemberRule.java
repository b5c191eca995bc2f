package dev.wfi.speccheck.diff;

import dev.wfi.report.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wfi.speccheck.lint.EnumMembers;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Enum members of component schemas. A removed member breaks clients that send or expect it (a flag-enum member
 * too: a client's set may hold it). A member added to an enum that responses carry is a warning, since clients
 * switching over it meet a value they do not know, unless it is evolvable (after {@code unknownFutureValue}):
 * Graph sends those only to clients that ask for them.
 */
final class EnumMemberRule implements DiffRule {

    @Override
    public String id() {
        return "WFI-DIFF-ENUM-MEMBER";
    }

    @Override
    public void check(SpecPair specs, Sink sink) {
        Map<String, JsonNode> before = SpecPair.schemas(specs.oldSpec());
        Set<String> inResponses = SpecPair.schemasReachedBy(specs.newSpec(), true);
        SpecPair.schemas(specs.newSpec()).forEach((name, schema) -> {
            JsonNode old = before.get(name);
            if (old == null || !old.has("enum") || !schema.has("enum")) {
                return;
            }
            List<String> oldMembers = EnumMembers.of(old);
            List<String> newMembers = EnumMembers.of(schema);
            String kind = EnumMembers.isFlags(old) ? "flag enum" : "enum";
            for (int i = 0; i < oldMembers.size(); i++) {
                if (!newMembers.contains(oldMembers.get(i))) {
                    sink.report(Severity.ERROR, false, SpecPair.schemaPointer(name) + "/enum/" + i,
                            kind + " " + name + ": member '" + oldMembers.get(i) + "' was removed");
                }
            }
            List<String> evolvable = EnumMembers.evolvable(schema);
            for (int i = 0; i < newMembers.size(); i++) {
                String member = newMembers.get(i);
                if (oldMembers.contains(member)) {
                    continue;
                }
                String at = SpecPair.schemaPointer(name) + "/enum/" + i;
                if (evolvable.contains(member)) {
                    sink.report(Severity.NOTE, true, at, kind + " " + name + ": evolvable member '" + member
                            + "' was added after unknownFutureValue");
                } else if (inResponses.contains(name)) {
                    sink.report(Severity.WARNING, true, at, kind + " " + name + ": member '" + member
                            + "' was added to an enum that responses carry; declare it after unknownFutureValue to keep old clients working");
                } else {
                    sink.report(Severity.NOTE, true, at, kind + " " + name + ": member '" + member + "' was added");
                }
            }
        });
    }
}
