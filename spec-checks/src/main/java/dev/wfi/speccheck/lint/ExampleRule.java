package dev.wfi.speccheck.lint;

import dev.wfi.report.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wfi.contract.Contract;
import dev.wfi.contract.SchemaViolation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every example validates against its schema, with json-schema-validator over the JSON Schemas the contract
 * engine derives (flag enums as comma-separated member sets): component schemas' {@code example}, and the
 * {@code example}/{@code examples} of request and response bodies whose schema is a component. A finding points at
 * the offending value inside the example.
 */
final class ExampleRule implements LintRule {

    @Override
    public String id() {
        return "WFI-SPEC-EXAMPLE";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String hint() {
        return "correct the example (or the schema) so that the example validates";
    }

    @Override
    public void check(SpecDocument spec, Sink sink) {
        Optional<Contract> loaded = spec.contract();
        if (loaded.isEmpty()) {
            return; // the parser's messages say why; schemas cannot be derived from a broken document
        }
        Contract contract = loaded.get();
        List<Example> examples = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.root().path("components").path("schemas").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String pointer = "/components/schemas/" + YamlTree.escape(entry.getKey());
            if (entry.getValue().has("example")) {
                examples.add(new Example(entry.getKey(), entry.getValue().get("example"), pointer + "/example"));
            }
        }
        walkMedia(spec, contract, spec.root(), "", examples);
        List<List<String[]>> results = examples.stream().map(example -> validate(contract, example)).toList();
        results.forEach(found -> found.forEach(finding -> sink.report(finding[0], finding[1])));
    }

    private record Example(String schema, JsonNode value, String pointer) {
    }

    /** Finds media type objects ({@code schema} with {@code example(s)}) anywhere outside component schemas. */
    private void walkMedia(SpecDocument spec, Contract contract, JsonNode node, String pointer, List<Example> examples) {
        if (!node.isObject() || pointer.startsWith("/components/schemas")) {
            return;
        }
        if (node.has("schema") && (node.has("example") || node.has("examples"))) {
            String component = componentName(node.get("schema"));
            if (component != null && contract.schemaNames().contains(component)) {
                if (node.has("example")) {
                    examples.add(new Example(component, node.get("example"), pointer + "/example"));
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = node.path("examples").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> example = it.next();
                    JsonNode resolved = spec.resolve(example.getValue());
                    if (resolved.has("value")) {
                        String at = example.getValue().has("$ref")
                                ? example.getValue().get("$ref").asText().substring(1) + "/value"
                                : pointer + "/examples/" + YamlTree.escape(example.getKey()) + "/value";
                        examples.add(new Example(component, resolved.get("value"), at));
                    }
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().equals("example") && !field.getKey().equals("examples")) {
                walkMedia(spec, contract, field.getValue(), pointer + '/' + YamlTree.escape(field.getKey()), examples);
            }
        }
    }

    private static String componentName(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/") ? ref.substring("#/components/schemas/".length()) : null;
    }

    /** Pointer and message of each violation. */
    private static List<String[]> validate(Contract contract, Example example) {
        List<String[]> found = new ArrayList<>();
        for (SchemaViolation violation : contract.validate(example.schema(), example.value())) {
            found.add(new String[] {example.pointer() + violation.pointer(),
                "example does not match schema '" + example.schema() + "': " + violation.message()});
        }
        return found;
    }
}
