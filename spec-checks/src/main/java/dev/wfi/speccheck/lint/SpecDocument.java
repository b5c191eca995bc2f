package dev.wfi.speccheck.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.nio.file.Path;

/**
 * A spec as the rules see it: the raw tree with positions (rules report JSON pointers, the positions turn
 * them into lines), the parser's messages, and the walks several rules share.
 */
public final class SpecDocument {

    static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final String path;
    private final String content;
    private final YamlTree tree;
    private final List<String> parserMessages;
    private final java.util.function.Supplier<java.util.Optional<dev.wfi.contract.Contract>> contract;

    SpecDocument(String path, YamlTree tree, List<String> parserMessages,
            java.util.function.Supplier<java.util.Optional<dev.wfi.contract.Contract>> contract) {
        this(path, "", tree, parserMessages, contract);
    }

    private SpecDocument(String path, String content, YamlTree tree, List<String> parserMessages,
            java.util.function.Supplier<java.util.Optional<dev.wfi.contract.Contract>> contract) {
        this.path = path;
        this.content = content;
        this.tree = tree;
        this.parserMessages = List.copyOf(parserMessages);
        this.contract = contract;
    }

    /**
     * Reads a document's tree alone (no parser messages, no contract), for comparisons.
     *
     * @param allowRemoteRefs whether its {@code http(s)} references may be followed
     * @throws SpecInputException when the file cannot be read, is past the YAML limits, is not YAML or JSON, is not an
     *     OpenAPI document, or has a reference that may not be followed ({@link SpecReferences})
     */
    public static SpecDocument read(Path file, boolean allowRemoteRefs) throws SpecInputException {
        String content = Linter.read(file);
        YamlTree tree;
        try {
            tree = YamlTree.read(content);
        } catch (java.io.IOException e) {
            throw new SpecInputException(file, Linter.describe(e));
        }
        if (!tree.root.isObject() || !(tree.root.has("openapi") || tree.root.has("swagger"))) {
            throw new SpecInputException(file, "not an OpenAPI document (no top-level 'openapi' field)");
        }
        List<SpecReferences.Refused> refused = SpecReferences.refused(file, tree, allowRemoteRefs);
        if (!refused.isEmpty()) {
            SpecReferences.Refused first = refused.get(0);
            throw new SpecInputException(file, "line " + first.line() + ": " + first.message()
                    + (refused.size() > 1 ? " (and " + (refused.size() - 1) + " more refused $ref" + (refused.size() > 2 ? "s" : "") + ")" : ""));
        }
        return new SpecDocument(file.toString(), content, tree, List.of(), java.util.Optional::empty);
    }

    /** The document's text as read, for a parser. */
    public String content() {
        return content;
    }

    /** The contract engine's view of the document (its JSON Schemas), when the parser accepts it. */
    java.util.Optional<dev.wfi.contract.Contract> contract() {
        return contract.get();
    }

    /** The document's tree (YAML read as JSON). */
    public JsonNode root() {
        return tree.root;
    }

    String path() {
        return path;
    }

    List<String> parserMessages() {
        return parserMessages;
    }

    /** 1-based line and column of a pointer (or its nearest ancestor present). */
    public int[] position(String pointer) {
        return tree.position(pointer);
    }

    boolean has(String pointer) {
        return tree.has(pointer);
    }

    /** One operation: its path template, method, pointer, node, and the path item it belongs to. */
    public record Operation(String pathKey, String method, String pointer, JsonNode node, JsonNode pathItem) {

        /** Callbacks and other services declare their own {@code servers}; Graph operations do not. */
        public boolean servedByDocumentServers() {
            return !pathItem.has("servers") && !node.has("servers");
        }

        public String label() {
            return method.toUpperCase(java.util.Locale.ROOT) + ' ' + pathKey;
        }
    }

    /** Every operation under {@code paths}, in document order. */
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        JsonNode paths = root().path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode item = resolve(entry.getValue());
            for (String method : METHODS) {
                JsonNode operation = item.get(method);
                if (operation != null && operation.isObject()) {
                    operations.add(new Operation(entry.getKey(), method,
                            "/paths/" + YamlTree.escape(entry.getKey()) + '/' + method, operation, item));
                }
            }
        }
        return operations;
    }

    /** Follows local {@code $ref}s ({@code #/...}); anything else is returned as it is. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 32 && current != null && current.has("$ref"); hops++) {
            JsonNode target = target(current.get("$ref").asText());
            if (target == null) {
                return current;
            }
            current = target;
        }
        return current;
    }

    /** The node a local reference points at, or null. */
    JsonNode target(String ref) {
        if (!ref.startsWith("#")) {
            return null;
        }
        JsonNode target = root().at(ref.substring(1));
        return target.isMissingNode() ? null : target;
    }

    /**
     * The component pointers ({@code /components/schemas/x}) reachable from {@code start} through references,
     * {@code start}'s own included when it is one.
     */
    public Set<String> reachableComponents(List<JsonNode> start) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<JsonNode> work = new ArrayDeque<>(start);
        while (!work.isEmpty()) {
            JsonNode node = work.pop();
            for (String ref : references(node)) {
                String pointer = componentOf(ref.substring(1));
                if (pointer != null && seen.add(pointer)) {
                    JsonNode target = root().at(pointer);
                    if (!target.isMissingNode()) {
                        work.push(target);
                    }
                }
            }
        }
        return seen;
    }

    /** Every local {@code $ref} value (and discriminator mapping target) under a node. */
    static List<String> references(JsonNode node) {
        List<String> refs = new ArrayList<>();
        collect(node, refs);
        return refs;
    }

    private static void collect(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if (field.getKey().equals("$ref") && value.isTextual() && value.asText().startsWith("#/")) {
                    refs.add(value.asText());
                } else if (field.getKey().equals("mapping") && value.isObject()) {
                    value.forEach(target -> {
                        if (target.isTextual() && target.asText().startsWith("#/")) {
                            refs.add(target.asText());
                        }
                    });
                } else {
                    collect(value, refs);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, refs));
        }
    }

    /** {@code /components/schemas/x} for a pointer at or inside that component, else null. */
    static String componentOf(String pointer) {
        String[] parts = pointer.split("/", -1);
        if (parts.length >= 4 && parts[1].equals("components")) {
            return "/components/" + parts[2] + '/' + parts[3];
        }
        return null;
    }

    /** The response and request-body nodes of an operation, for reachability. */
    public static List<JsonNode> responses(Operation operation) {
        List<JsonNode> nodes = new ArrayList<>();
        operation.node().path("responses").forEach(nodes::add);
        return nodes;
    }

    public static List<JsonNode> requestBodies(Operation operation) {
        JsonNode body = operation.node().get("requestBody");
        return body == null ? List.of() : List.of(body);
    }
}
