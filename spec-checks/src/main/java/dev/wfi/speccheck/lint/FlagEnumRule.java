package dev.wfi.speccheck.lint;

import dev.wfi.report.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A flag enum ({@code x-ms-enum-flags: {isFlags: true}}) travels as one comma-separated string, so it must be a
 * string enum and each member an identifier: a member with a comma or a space could not be read back.
 */
final class FlagEnumRule implements LintRule {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Override
    public String id() {
        return "WFI-SPEC-FLAG-ENUM";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String hint() {
        return "declare a flag enum as type: string with an enum of identifiers (letters, digits, underscore)";
    }

    @Override
    public void check(SpecDocument spec, Sink sink) {
        walk(spec.root(), "", sink);
    }

    private void walk(JsonNode node, String pointer, Sink sink) {
        if (node.isObject()) {
            if (EnumMembers.isFlags(node)) {
                checkFlagEnum(node, pointer, sink);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(field.getValue(), pointer + '/' + YamlTree.escape(field.getKey()), sink);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + '/' + i, sink);
            }
        }
    }

    private static void checkFlagEnum(JsonNode schema, String pointer, Sink sink) {
        if (!"string".equals(schema.path("type").asText())) {
            sink.report(pointer + (schema.has("type") ? "/type" : "/x-ms-enum-flags"),
                    "flag enum must be type 'string', found " + (schema.has("type") ? "'" + schema.get("type").asText() + "'" : "no type"));
        }
        JsonNode members = schema.get("enum");
        if (members == null || !members.isArray() || members.isEmpty()) {
            sink.report(pointer + "/x-ms-enum-flags", "flag enum declares no enum members");
            return;
        }
        for (int i = 0; i < members.size(); i++) {
            JsonNode member = members.get(i);
            if (!member.isTextual() || !IDENTIFIER.matcher(member.asText()).matches()) {
                sink.report(pointer + "/enum/" + i, "flag enum member '" + member.asText()
                        + "' is not an identifier; a comma-separated value could not carry it");
            }
        }
    }
}
