package dev.wfi.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workforceIntegration contract: the OpenAPI document, JSON Schemas derived from its
 * components, and the lookups the engine needs (operations by URL, properties by pointer, flag enums).
 *
 * <p>Instances are immutable and thread-safe; compiled schemas are cached, so {@link #validate}
 * is cheap enough to call for every example of every page.
 */
public final class Contract {
    /** Where the build puts the contract on the class path. */
    public static final String BUNDLED_RESOURCE = "wfi/spec/workforceIntegration.yaml";

    private final OpenAPI openApi;
    private final ComponentSchemas components;
    private final SortedSet<String> schemaNames;
    private volatile List<OperationMatch> everyOperation;
    private final Map<String, String> schemaNamesIgnoringCase;
    private final OperationIndex operations;
    private final SchemaWalker walker;
    private final ViolationMessages messages;
    private final ObjectNode jsonSchemas;
    private final JsonSchemaDeriver deriver;
    private final SchemaRegistry registry;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private final Map<String, List<String>> flagMembers;
    /** By schema, then by pointer: no key is built for a lookup, which runs for every member of every example. */
    private final Map<String, Map<String, Optional<PropertyInfo>>> properties = new ConcurrentHashMap<>();
    private final Map<String, List<String>> schemasByProperty = new ConcurrentHashMap<>();
    private final Map<String, Optional<OperationMatch>> matches = new ConcurrentHashMap<>();
    /**
     * Results by schema and value: a docs checkout repeats each example in every locale and version of a
     * page, and validation is the engine's largest cost. Bounded, since the keys are parsed documents.
     */
    private final Map<ValidationKey, List<SchemaViolation>> validations = new ConcurrentHashMap<>();

    private static final int MAX_CACHED_VALIDATIONS = 256;
    /** Values above about 8 KB of JSON are not kept: the cache holds at most about 2 MB of JSON whatever is validated. */
    private static final int MAX_CACHED_WEIGHT = 8 * 1024;

    private record ValidationKey(String schemaName, JsonNode value) {
    }

    private Contract(OpenAPI openApi) {
        this.openApi = openApi;
        this.components = new ComponentSchemas(openApi.getComponents() == null ? null : openApi.getComponents().getSchemas());
        this.operations = new OperationIndex(openApi);
        this.walker = new SchemaWalker(components);
        // asked for by every page the errata engine reads, so worked out once
        this.schemaNames = Collections.unmodifiableSortedSet(new TreeSet<>(components.all().keySet()));
        Map<String, String> byLowerCase = new java.util.HashMap<>();
        schemaNames.forEach(name -> byLowerCase.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), name));
        this.schemaNamesIgnoringCase = Collections.unmodifiableMap(byLowerCase);
        Map<String, List<String>> flags = new LinkedHashMap<>();
        components.all().forEach((name, schema) -> {
            if (ComponentSchemas.isFlagEnum(schema) && components.isEnum(schema)) {
                flags.put(name, List.copyOf(ComponentSchemas.enumMembers(schema)));
            }
        });
        this.flagMembers = Collections.unmodifiableMap(flags);
        this.messages = new ViolationMessages(flagMembers, walker);
        this.deriver = new JsonSchemaDeriver(components);
        this.jsonSchemas = deriver.document();
        String document = jsonSchemas.toString();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config)
                        .schemas(Map.of(JsonSchemaDeriver.DOCUMENT_ID, document)));
        // schemas compile on first use: a run touches a handful of the contract's schemas, and start-up matters
    }

    /** The contract shipped in this jar. */
    public static Contract bundled() {
        return Bundled.CONTRACT;
    }

    private static final class Bundled {
        static final Contract CONTRACT = loadBundled();

        private static Contract loadBundled() {
            ClassLoader loader = Contract.class.getClassLoader();
            try (InputStream in = loader.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the contract " + BUNDLED_RESOURCE + " is missing from the class path");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled contract " + BUNDLED_RESOURCE, e);
            } catch (ContractException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    /**
     * Reads a contract file.
     *
     * @throws ContractException when the file cannot be read, is not an OpenAPI document, or the
     *     parser reports any message about it; the message names the file
     */
    public static Contract load(Path spec) throws ContractException {
        String content;
        try {
            content = InputText.read(spec, InputText.MAX_SPEC_BYTES);
        } catch (IOException | UncheckedIOException e) {
            throw new ContractException("cannot read contract " + spec + ": " + describe(e), e);
        }
        return load(spec, content);
    }

    /**
     * A contract file already read: its YAML is checked against {@link YamlLimits} before it is parsed, and relative
     * {@code $ref}s resolve against the file's own directory, not the working directory.
     */
    public static Contract load(Path spec, String content) throws ContractException {
        try {
            YamlLimits.check(content);
        } catch (YamlLimits.Refused e) {
            throw new ContractException("contract " + spec + " " + e.getMessage(), e);
        }
        return parse(content, spec.toString(), spec.toAbsolutePath().toString());
    }

    private static Contract parse(String content, String origin) throws ContractException {
        return parse(content, origin, null);
    }

    private static Contract parse(String content, String origin, String location) throws ContractException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result;
        try {
            result = new OpenAPIV3Parser().readContents(content, null, options, location);
        } catch (RuntimeException e) {
            throw new ContractException("contract " + origin + " cannot be parsed: " + describe(e), e);
        }
        List<String> problems = result.getMessages() == null ? List.of() : result.getMessages();
        if (result.getOpenAPI() == null || !problems.isEmpty()) {
            throw new ContractException("contract " + origin + " is not a valid OpenAPI 3.0 document: "
                    + (problems.isEmpty() ? "no OpenAPI content" : String.join("; ", problems)));
        }
        Optional<List<String>> cycle = new ComponentSchemas(result.getOpenAPI().getComponents() == null ? null
                : result.getOpenAPI().getComponents().getSchemas()).compositionCycle();
        if (cycle.isPresent()) {
            throw new ContractException("contract " + origin + ": the schemas " + String.join(" -> ", cycle.get())
                    + " are made of each other through $ref, allOf, oneOf, anyOf or not alone, so no value can match them");
        }
        try {
            return new Contract(result.getOpenAPI());
        } catch (RuntimeException e) {
            throw new ContractException("contract " + origin + " cannot be turned into JSON Schemas: " + describe(e), e);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }

    /** Names of the component schemas. */
    public SortedSet<String> schemaNames() {
        return schemaNames;
    }

    /** The component schema of this name in any case ({@code Shift} for {@code shift}), the first in name order. */
    public Optional<String> schemaNameIgnoringCase(String name) {
        return Optional.ofNullable(schemaNamesIgnoringCase.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * Validates a JSON value against a component schema.
     *
     * @return the violations, empty when the value conforms
     * @throws IllegalArgumentException when the contract has no schema of that name; the message lists the names
     */
    public List<SchemaViolation> validate(String schemaName, JsonNode value) {
        ValidationKey key = new ValidationKey(schemaName, value);
        List<SchemaViolation> known = validations.get(key);
        if (known != null) {
            return known;
        }
        List<SchemaViolation> result = validateUncached(schemaName, value);
        if (weight(value, MAX_CACHED_WEIGHT) <= MAX_CACHED_WEIGHT) { // a documentation example, not a bulk payload
            if (validations.size() >= MAX_CACHED_VALIDATIONS) {
                validations.clear(); // crude, but a run over one docs checkout rarely reaches the bound
            }
            validations.put(new ValidationKey(schemaName, value.deepCopy()), result); // a copy: callers may change theirs
        }
        return result;
    }

    /** Roughly the characters of a value's JSON, counting no further than {@code limit}. */
    private static int weight(JsonNode value, int limit) {
        int total = 8 + (value.isTextual() ? value.textValue().length() : 0);
        for (java.util.Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext() && total <= limit; ) {
            Map.Entry<String, JsonNode> field = fields.next();
            total += field.getKey().length() + weight(field.getValue(), limit - total);
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size() && total <= limit; i++) {
                total += weight(value.get(i), limit - total);
            }
        }
        return total;
    }

    private List<SchemaViolation> validateUncached(String schemaName, JsonNode value) {
        Schema schema = compiled(requireSchema(schemaName));
        List<com.networknt.schema.Error> errors = schema.validate(value);
        return errors.isEmpty() ? List.of() : List.copyOf(messages.describe(schemaName, value, errors));
    }

    /** Validates a value against a schema that is not a component (a parameter's or a property's). */
    List<SchemaViolation> validate(io.swagger.v3.oas.models.media.Schema<?> schema, JsonNode value) {
        Optional<String> component = ComponentSchemas.refName(schema);
        if (component.isPresent()) {
            return validate(component.get(), value);
        }
        ObjectNode document = deriver.inlineDocument(schema, jsonSchemas);
        Schema compiledInline = registry.getSchema(SchemaLocation.of("urn:wfi:inline"), document);
        List<com.networknt.schema.Error> errors = compiledInline.validate(value);
        return errors.isEmpty() ? List.of() : List.copyOf(messages.describe("", value, errors));
    }

    private Schema compiled(String name) {
        return compiled.computeIfAbsent(name, key -> {
            Schema schema = registry.getSchema(SchemaLocation.of(JsonSchemaDeriver.DOCUMENT_ID + JsonSchemaDeriver.defRef(key)));
            schema.initializeValidators();
            return schema;
        });
    }

    /**
     * Finds the operation that a request addresses. Accepts a path ({@code /teamwork/workforceIntegrations/{id}}),
     * a Graph URL ({@code https://graph.microsoft.com/v1.0/...} or {@code /beta/...}) and a callback URL
     * ({@code https://x.com/Contoso/v1/teams/{teamId}/update}, matched by the path after the
     * integration's base URL and version segment). A trailing slash, a query and a fragment are ignored;
     * literal path segments are compared ignoring case, as Graph does.
     *
     * <p>On a Graph host the segments before the resource path are reported as
     * {@link OperationMatch#versionSegment()} whatever they are, so
     * {@code https://graph.microsoft.com/docs\api/teamwork/workforceIntegrations/{id}} matches with
     * version segment {@code docs\api}, which the caller reports as a broken URL.
     *
     * @return the operation, or empty when no operation of the contract has this method and path
     */
    public Optional<OperationMatch> match(String method, String urlOrPath) {
        if (method == null || urlOrPath == null) {
            return operations.match(method, urlOrPath);
        }
        return matches.computeIfAbsent(method + ' ' + urlOrPath, k -> operations.match(method, urlOrPath));
    }

    /** Every operation of the contract, as {@link #match} describes it, in the spec's order; worked out on first use. */
    public List<OperationMatch> operations() {
        List<OperationMatch> all = everyOperation;
        if (all == null) {
            List<OperationMatch> found = new ArrayList<>();
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                        match(method.name(), path).ifPresent(found::add)));
            }
            all = List.copyOf(found);
            everyOperation = all;
        }
        return all;
    }

    /**
     * The Graph operation a URL that matches none nearly addresses: a literal segment spelled otherwise, a path
     * parameter left out, or the path of another method. Empty when the URL matches or nothing is that close.
     */
    public Optional<NearMiss> nearest(String method, String url) {
        return operations.nearest(method, url);
    }

    /**
     * What the contract says about the property at {@code jsonPointer} below a component schema,
     * for example {@code ("workforceIntegration", "/encryption/secret")}. Array items are addressed
     * by index ({@code /breaks/0/start}).
     *
     * @return the property, or empty when the schema or the pointer does not lead to one
     * @throws IllegalArgumentException when the contract has no schema of that name
     */
    public Optional<PropertyInfo> property(String schemaName, String jsonPointer) {
        requireSchema(schemaName);
        // every array item has the same declaration, so one cache entry serves all indexes
        String pointer = hasDigit(jsonPointer) ? firstItems(jsonPointer) : jsonPointer;
        Map<String, Optional<PropertyInfo>> ofSchema = properties.get(schemaName);
        if (ofSchema == null) {
            ofSchema = properties.computeIfAbsent(schemaName, k -> new ConcurrentHashMap<>());
        }
        Optional<PropertyInfo> known = ofSchema.get(pointer);
        if (known == null) {
            known = lookUp(schemaName, jsonPointer);
            ofSchema.putIfAbsent(pointer, known);
        }
        return known;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The pointer with every array index made 0 ({@code /breaks/3/start} is {@code /breaks/0/start}). */
    private static String firstItems(String pointer) {
        StringBuilder out = new StringBuilder(pointer.length());
        int start = 0;
        while (start < pointer.length()) {
            int end = pointer.indexOf('/', start + 1);
            end = end < 0 ? pointer.length() : end;
            String segment = pointer.substring(start, end); // with its leading '/'
            boolean index = segment.length() > 1 && segment.charAt(0) == '/'
                    && segment.chars().skip(1).allMatch(c -> c >= '0' && c <= '9');
            out.append(index ? "/0" : segment);
            start = end;
        }
        return out.toString();
    }

    /** The top-level properties of a component schema, inherited ones included, in the contract's order. */
    public List<String> propertyNames(String schemaName) {
        requireSchema(schemaName);
        return List.copyOf(components.properties(components.get(schemaName).orElseThrow()).keySet());
    }

    /** Component schemas that have a property of this name at their top level (own or inherited). */
    public List<String> schemasWithProperty(String propertyName) {
        return schemasByProperty.computeIfAbsent(propertyName, name -> components.all().keySet().stream()
                .filter(schema -> property(schema, "/" + name.replace("~", "~0").replace("/", "~1")).isPresent())
                .sorted().toList());
    }

    private Optional<PropertyInfo> lookUp(String schemaName, String jsonPointer) {
        return walker.walk(schemaName, jsonPointer, null).map(step -> {
            io.swagger.v3.oas.models.media.Schema<?> declared = step.declaration() != null ? step.declaration() : step.schema();
            io.swagger.v3.oas.models.media.Schema<?> target = step.schema();
            Optional<String> enumSchema = ComponentSchemas.wrappedRef(target)
                    .filter(name -> components.isEnum(components.get(name).orElse(null)));
            return new PropertyInfo(step.name(), components.type(target), components.format(target),
                    flag(declared.getReadOnly()), flag(declared.getWriteOnly()),
                    flag(declared.getNullable()), flag(declared.getDeprecated()), enumSchema, availability(declared),
                    typeName(target));
        });
    }

    /** The component a value of this declaration is: the object or enum it refers to, or its items'. */
    private static Optional<String> typeName(io.swagger.v3.oas.models.media.Schema<?> target) {
        Optional<String> own = ComponentSchemas.wrappedRef(target);
        return own.isPresent() || target == null ? own : ComponentSchemas.wrappedRef(target.getItems());
    }

    private static boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static List<String> availability(io.swagger.v3.oas.models.media.Schema<?> schema) {
        Object value = schema.getExtensions() == null ? null : schema.getExtensions().get(ComponentSchemas.AVAILABILITY_EXTENSION);
        List<String> availability = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> availability.add(String.valueOf(item)));
        }
        return availability;
    }

    /**
     * The members of an enum schema in declared order; for a flag enum, the members a set may hold.
     *
     * @throws IllegalArgumentException when the schema is unknown or not an enum
     */
    public List<String> flagMembers(String enumSchemaName) {
        return List.copyOf(ComponentSchemas.enumMembers(requireEnum(enumSchemaName)));
    }

    /** True when the enum's JSON value is a comma-separated set ({@code x-ms-enum-flags: {isFlags: true}}). */
    public boolean isFlagEnum(String enumSchemaName) {
        return ComponentSchemas.isFlagEnum(requireEnum(enumSchemaName));
    }

    /**
     * Members declared after {@code unknownFutureValue}: Graph sends them only to requests with
     * {@code Prefer: include-unknown-enum-members}. Empty when the enum has none.
     */
    public List<String> evolvableMembers(String enumSchemaName) {
        List<String> members = ComponentSchemas.enumMembers(requireEnum(enumSchemaName));
        int sentinel = members.indexOf(ComponentSchemas.UNKNOWN_FUTURE_VALUE);
        return sentinel < 0 ? List.of() : List.copyOf(members.subList(sentinel + 1, members.size()));
    }

    /** The parsed OpenAPI model. Treat it as read-only. */
    public OpenAPI openApi() {
        return openApi;
    }

    /** The derived JSON Schema document (draft 2020-12), for tools that show or export it. */
    ObjectNode jsonSchemaDocument() {
        return jsonSchemas.deepCopy();
    }

    private String requireSchema(String schemaName) {
        if (schemaName == null || components.get(schemaName).isEmpty()) {
            throw new IllegalArgumentException("unknown schema '" + schemaName + "'; known schemas: "
                    + String.join(", ", schemaNames()));
        }
        return schemaName;
    }

    private io.swagger.v3.oas.models.media.Schema<?> requireEnum(String enumSchemaName) {
        io.swagger.v3.oas.models.media.Schema<?> schema = components.get(requireSchema(enumSchemaName)).orElseThrow();
        if (!components.isEnum(schema)) {
            List<String> enums = new ArrayList<>();
            components.all().forEach((name, candidate) -> {
                if (components.isEnum(candidate)) {
                    enums.add(name);
                }
            });
            throw new IllegalArgumentException("schema '" + enumSchemaName + "' is not an enum; enums: " + String.join(", ", enums));
        }
        return schema;
    }
}
