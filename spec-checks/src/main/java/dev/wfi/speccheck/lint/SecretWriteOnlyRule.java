package dev.wfi.speccheck.lint;

import dev.wfi.report.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** A property named like a secret ({@code secret}, {@code password}, {@code key}, {@code clientSecret}) is write-only. */
final class SecretWriteOnlyRule implements LintRule {

    @Override
    public String id() {
        return "WFI-SPEC-SECRET-WRITE-ONLY";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String hint() {
        return "mark the property writeOnly: true so responses never carry it";
    }

    @Override
    public void check(SpecDocument spec, Sink sink) {
        SchemaProperties.forEachObjectSchema(spec.root(), "", (schema, pointer) -> {
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                if (secretLike(property.getKey()) && !property.getValue().path("writeOnly").asBoolean(false)) {
                    sink.report(pointer + "/properties/" + YamlTree.escape(property.getKey()),
                            "property '" + property.getKey() + "' looks like a secret but is not writeOnly");
                }
            }
        });
    }

    static boolean secretLike(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("key") || lower.endsWith("secret") || lower.endsWith("password");
    }
}
