package dev.wfi.errata.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.contract.Contract;
import dev.wfi.contract.NearMiss;
import dev.wfi.contract.OperationMatch;
import dev.wfi.contract.SchemaViolation;
import dev.wfi.errata.extract.DocumentedExample;
import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the contract says applies to one example: the operation it calls (or answers), the schema of
 * its body, and that body's schema violations. Batch callbacks carry entities whose schema follows the
 * item's url; the contract maps those in {@code x-wfi-body-by-url}, and each item body is checked on its own.
 */
public final class ExampleTarget {

    private static final String ODATA_PREFIX = "microsoft.graph.";

    private final DocumentedExample example;
    private final Contract contract;
    private final Optional<OperationMatch> operation;
    private final Optional<String> schema;
    private List<SchemaViolation> violations;

    private ExampleTarget(DocumentedExample example, Contract contract, Optional<OperationMatch> operation,
                          Optional<String> schema) {
        this.example = example;
        this.contract = contract;
        this.operation = operation;
        this.schema = schema;
    }

    static ExampleTarget resolve(DocumentedExample example, Contract contract) {
        return switch (example.role()) {
            case REQUEST -> {
                Optional<OperationMatch> op = addressed(contract, example.method(), example.url());
                yield new ExampleTarget(example, contract, op, op.flatMap(OperationMatch::requestSchema));
            }
            case RESPONSE -> {
                Optional<OperationMatch> op = example.request().flatMap(r -> addressed(contract, r.method(), r.url()));
                Optional<String> schema = op.flatMap(o -> responseSchema(o, example.status()));
                if (schema.isEmpty()) {
                    schema = schemaForODataType(example.annotationText("@odata.type"), contract);
                }
                yield new ExampleTarget(example, contract, op, schema);
            }
            case RESOURCE -> new ExampleTarget(example, contract, Optional.empty(),
                    schemaForODataType(example.annotationText("@odata.type"), contract));
        };
    }

    /**
     * The operation a request addresses: the one its URL matches, else the one its URL nearly addresses with the same
     * method (a segment a letter or two off, a path parameter left out). The URL rule reports the URL; the body is
     * still the body of that operation, and is judged as such.
     */
    static Optional<OperationMatch> addressed(Contract contract, String method, String url) {
        Optional<OperationMatch> op = contract.match(method, url);
        return op.isPresent() ? op : nearlyAddressed(contract, method, url)
                .flatMap(near -> contract.match(near.method(), near.fixedUrl()));
    }

    /** The operation of the same method a URL that matches none nearly addresses (an id left out, a segment off). */
    static Optional<NearMiss> nearlyAddressed(Contract contract, String method, String url) {
        return method == null ? Optional.empty()
                : contract.nearest(method, url).filter(near -> near.method().equalsIgnoreCase(method.strip()));
    }

    /** The schema of the declared status, or, for an undeclared status, of the operation's success answer. */
    private static Optional<String> responseSchema(OperationMatch op, Integer status) {
        Optional<String> declared = status == null ? Optional.empty() : op.responses().getOrDefault(status, Optional.empty());
        if (declared.isPresent() || status == null || status >= 300) {
            return declared;
        }
        return op.successStatuses().stream().sorted().map(s -> op.responses().getOrDefault(s, Optional.empty()))
                .flatMap(Optional::stream).findFirst();
    }

    /** "microsoft.graph.workforceintegration" names the schema "workforceIntegration" (case aside). */
    static Optional<String> schemaForODataType(String odataType, Contract contract) {
        String t = odataType.startsWith("#") ? odataType.substring(1) : odataType;
        if (!t.startsWith(ODATA_PREFIX)) {
            return Optional.empty();
        }
        String name = t.substring(ODATA_PREFIX.length());
        return contract.schemaNameIgnoringCase(name);
    }

    public DocumentedExample example() {
        return example;
    }

    public Optional<OperationMatch> operation() {
        return operation;
    }

    public Optional<String> schema() {
        return schema;
    }

    /** The schema that governs the value at {@code pointer}: a batch item's entity schema below its body. */
    public Optional<String> schemaAt(String pointer) {
        Optional<JsonNode> json = example.json();
        if (json.isPresent()) {
            for (Map.Entry<String, String> item : itemBodySchemas(json.get()).entrySet()) {
                if (pointer.startsWith(item.getKey() + "/") || pointer.equals(item.getKey())) {
                    return Optional.of(item.getValue());
                }
            }
        }
        return schema;
    }

    public boolean isRequest() {
        return example.role() == DocumentedExample.Role.REQUEST;
    }

    /** Schema violations of the body (empty when it does not parse or no schema applies). */
    public List<SchemaViolation> violations() {
        if (violations == null) {
            violations = computeViolations();
        }
        return violations;
    }

    private List<SchemaViolation> computeViolations() {
        Optional<JsonNode> json = example.json();
        if (json.isEmpty() || schema.isEmpty()) {
            return List.of();
        }
        List<SchemaViolation> out = new ArrayList<>();
        Map<String, String> itemSchemas = itemBodySchemas(json.get());
        JsonNode batch = json.get();
        if (!itemSchemas.isEmpty()) {
            // item bodies are checked on their own below; the batch's anyOf over every entity would only
            // repeat that work ten times over and its violations would be dropped anyway
            batch = batch.deepCopy();
            for (String body : itemSchemas.keySet()) {
                ((ObjectNode) batch.at(body.substring(0, body.lastIndexOf('/')))).putNull("body");
            }
        }
        for (SchemaViolation v : contract.validate(schema.get(), batch)) {
            if (itemSchemas.keySet().stream().noneMatch(prefix -> v.pointer().startsWith(prefix))) {
                out.add(v);
            }
        }
        itemSchemas.forEach((prefix, itemSchema) -> {
            for (SchemaViolation v : contract.validate(itemSchema, json.get().at(prefix))) {
                // the contract words messages from the item body's root; restate them from the example's root
                String message = v.message().startsWith(v.pointer() + ":")
                        ? prefix + v.message() : v.message().replaceFirst("^\\(root\\)", prefix);
                out.add(new SchemaViolation(prefix + v.pointer(), v.keyword(), message, v.meant()));
            }
        });
        return List.copyOf(out);
    }

    /** Batch items whose body schema the contract maps from the item's url: pointer of the body -> schema. */
    private Map<String, String> itemBodySchemas(JsonNode root) {
        Map<String, String> byUrl = bodyByUrl();
        Map<String, String> out = new java.util.LinkedHashMap<>();
        JsonNode requests = root.path("requests");
        for (int i = 0; i < requests.size(); i++) {
            JsonNode item = requests.get(i);
            JsonNode body = item.path("body");
            if (!body.isObject()) {
                continue;
            }
            String url = item.path("url").asText("");
            String segment = url.replaceFirst("^/+", "").split("[/?]", 2)[0].toLowerCase(Locale.ROOT);
            String mapped = byUrl.get(segment);
            if (mapped != null) {
                out.put("/requests/" + i + "/body", mapped);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> bodyByUrl() {
        Schema<?> item = contract.openApi().getComponents().getSchemas().get("wfmRequestItem");
        if (item == null || item.getProperties() == null || item.getProperties().get("body") == null) {
            return Map.of();
        }
        Map<String, Object> ext = item.getProperties().get("body").getExtensions();
        Object mapping = ext == null ? null : ext.get("x-wfi-body-by-url");
        return mapping instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
    }
}
