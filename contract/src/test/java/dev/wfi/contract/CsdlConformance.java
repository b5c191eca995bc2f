package dev.wfi.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the spec differs from Graph's CSDL metadata for the types, actions and contained collections the trimmed
 * CSDL files hold. A difference is accepted only where the spec says so: {@code x-wfi-decision} on the property,
 * or the name in the root's {@code x-wfi-csdl-left-out}. Collections are compared by element type; their
 * nullability is not compared, since CSDL's {@code Nullable} on a collection speaks of its elements. Properties named
 * {@code @...} are OData annotations ({@code @odata.etag}), never CSDL properties, and are not compared.
 */
final class CsdlConformance {
    static final String DECISION = "x-wfi-decision";
    static final String CSDL_NAME = "x-wfi-csdl-name";
    static final String LEFT_OUT = "x-wfi-csdl-left-out";
    private static final String AVAILABILITY = "x-wfi-availability";
    private static final String REF = "#/components/schemas/";
    /** The spec path under which a type's contained collections live. */
    private static final Map<String, String> CONTAINER_PATHS = Map.of("schedule", "/teams/{teamId}/schedule");

    private final JsonNode spec;
    private final List<CsdlMetadata> versions;
    private final Map<String, String> specNameOf = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private CsdlConformance(JsonNode spec, List<CsdlMetadata> versions) {
        this.spec = spec;
        this.versions = versions;
        for (Iterator<Map.Entry<String, JsonNode>> it = schemas().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = it.next();
            specNameOf.put(schema.getValue().path(CSDL_NAME).asText(schema.getKey()), schema.getKey());
        }
    }

    /** Every difference, one readable line each; empty when the spec agrees with the metadata. */
    static List<String> differences(JsonNode spec, List<CsdlMetadata> versions) {
        CsdlConformance check = new CsdlConformance(spec, versions);
        check.leftOutNamesExist();
        check.enums();
        check.structuredTypes();
        check.actions();
        check.containedCollections();
        return List.copyOf(check.problems);
    }

    private void leftOutNamesExist() {
        for (Iterator<String> it = spec.path(LEFT_OUT).fieldNames(); it.hasNext(); ) {
            String name = it.next();
            boolean known = versions.stream().anyMatch(v -> v.actions().containsKey(name) || v.types().values().stream()
                    .anyMatch(t -> t.containedNavigations().stream().anyMatch(n -> n.name().equals(name))));
            if (!known) {
                problems.add(LEFT_OUT + "." + name + ": no action or contained collection of that name in the CSDL");
            }
        }
    }

    private void enums() {
        for (String name : names(v -> v.enums().keySet())) {
            String specName = specNameOf.get(name);
            JsonNode schema = schemas().path(specName == null ? "" : specName);
            if (specName == null || !schema.has("enum")) {
                problems.add(name + ": CSDL enum type " + versionsOf(v -> v.enums().containsKey(name)) + " has no enum schema in the spec");
                continue;
            }
            List<String> members = new ArrayList<>();
            schema.path("enum").forEach(m -> members.add(m.asText()));
            boolean flags = schema.path("x-ms-enum-flags").path("isFlags").asBoolean(false);
            for (CsdlMetadata version : versions) {
                CsdlMetadata.EnumType csdl = version.enums().get(name);
                if (csdl == null) {
                    continue;
                }
                if (!csdl.members().equals(members) && !schema.has(DECISION)) {
                    problems.add(specName + ": enum members " + members + " differ from CSDL " + version.version() + " " + csdl.members());
                }
                if (csdl.flags() != flags) {
                    problems.add(specName + ": CSDL " + version.version() + (csdl.flags() ? " declares IsFlags but the spec has no x-ms-enum-flags"
                            : " declares no IsFlags but the spec marks a flag enum"));
                }
            }
        }
    }

    private void structuredTypes() {
        for (String name : names(v -> v.types().keySet())) {
            String specName = specNameOf.get(name);
            if (specName == null) {
                problems.add(name + ": CSDL type " + versionsOf(v -> v.types().containsKey(name)) + " has no schema in the spec");
                continue;
            }
            JsonNode schema = schemas().path(specName);
            Set<String> typeVersions = versionsOf(v -> v.types().containsKey(name));
            Set<String> declared = graphVersions(schema, Set.of("v1.0", "beta"));
            if (!typeVersions.equals(declared)) {
                problems.add(specName + ": CSDL has the type in " + typeVersions + " but the spec declares it for " + declared);
            }
            for (CsdlMetadata version : versions) {
                version.type(name).ifPresent(type -> {
                    String parent = parentOf(schema).orElse("");
                    String expected = type.baseType().isEmpty() ? "" : specNameOf.getOrDefault(type.baseType(), type.baseType());
                    if (!parent.equals(expected)) {
                        problems.add(specName + ": inherits '" + parent + "' but CSDL " + version.version()
                                + " has base type '" + type.baseType() + "'");
                    }
                });
            }
            Map<String, JsonNode> specProperties = ownProperties(schema);
            Set<String> csdlNames = new LinkedHashSet<>();
            versions.forEach(v -> v.type(name).ifPresent(t -> t.properties().forEach(p -> csdlNames.add(p.name()))));
            for (String property : csdlNames) {
                JsonNode declaration = specProperties.get(property);
                String where = specName + "." + property;
                if (declaration == null) {
                    problems.add(where + ": missing; CSDL " + versionsOf(v -> v.type(name).map(t -> has(t, property)).orElse(false))
                            + " declares it");
                    continue;
                }
                boolean decided = declaration.has(DECISION);
                Set<String> propertyVersions = versionsOf(v -> v.type(name).map(t -> has(t, property)).orElse(false));
                Set<String> specVersions = graphVersions(declaration, declared);
                if (!propertyVersions.equals(specVersions) && !decided) {
                    problems.add(where + ": CSDL has it in " + propertyVersions + " but the spec declares it for " + specVersions);
                }
                for (CsdlMetadata version : versions) {
                    version.type(name).flatMap(t -> t.properties().stream().filter(p -> p.name().equals(property)).findFirst())
                            .ifPresent(member -> compare(where, version.version(), member, declaration, decided));
                }
            }
            specProperties.forEach((property, declaration) -> {
                if (!csdlNames.contains(property) && !property.startsWith("@") && !declaration.has(DECISION) && !onlyInCallbacks(declaration)) {
                    problems.add(specName + "." + property + ": not in the CSDL " + typeVersions
                            + "; mark it x-wfi-availability [callback] or record an " + DECISION);
                }
            });
        }
    }

    private void actions() {
        for (String name : names(v -> v.actions().keySet())) {
            if (spec.path(LEFT_OUT).has(name)) {
                continue;
            }
            Set<String> actionVersions = versionsOf(v -> v.actions().containsKey(name));
            List<String[]> operations = postOperationsEndingIn(name);
            if (operations.isEmpty()) {
                problems.add(name + ": CSDL action " + actionVersions + " has no POST operation ending in /" + name
                        + " and is not in " + LEFT_OUT);
                continue;
            }
            for (String[] found : operations) {
                String path = found[0];
                JsonNode operation = spec.path("paths").path(path).path("post");
                String where = "POST " + path;
                Set<String> specVersions = graphVersions(operation, Set.of("v1.0", "beta"));
                if (!actionVersions.equals(specVersions)) {
                    problems.add(where + ": CSDL has action " + name + " in " + actionVersions + " but the spec declares it for " + specVersions);
                }
                JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
                Map<String, JsonNode> bodyProperties = refName(body).map(n -> allProperties(schemas().path(n))).orElse(Map.of());
                Set<String> parameterNames = new LinkedHashSet<>();
                for (CsdlMetadata version : versions) {
                    CsdlMetadata.Action action = version.actions().get(name);
                    if (action == null) {
                        continue;
                    }
                    for (CsdlMetadata.Member parameter : action.parameters()) {
                        parameterNames.add(parameter.name());
                        JsonNode declaration = bodyProperties.get(parameter.name());
                        String at = where + " body." + parameter.name();
                        if (declaration == null) {
                            problems.add(at + ": missing; CSDL " + version.version() + " declares parameter " + parameter.name());
                            continue;
                        }
                        Set<String> parameterVersions = versionsOf(v -> Optional.ofNullable(v.actions().get(name))
                                .map(a -> a.parameters().stream().anyMatch(p -> p.name().equals(parameter.name()))).orElse(false));
                        Set<String> declaredFor = graphVersions(declaration, Set.of("v1.0", "beta"));
                        if (!parameterVersions.equals(declaredFor) && !declaration.has(DECISION)) {
                            problems.add(at + ": CSDL has the parameter in " + parameterVersions + " but the spec declares it for " + declaredFor);
                        }
                        compare(at, version.version(), parameter, declaration, declaration.has(DECISION));
                    }
                    returnType(where, version.version(), action, operation);
                }
                bodyProperties.keySet().stream().filter(p -> !parameterNames.contains(p))
                        .forEach(p -> problems.add(where + " body." + p + ": not a parameter of CSDL action " + name));
            }
        }
    }

    private void returnType(String where, String version, CsdlMetadata.Action action, JsonNode operation) {
        List<String> returned = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = operation.path("responses").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            if (response.getKey().startsWith("2")) {
                JsonNode schema = response.getValue().path("content").path("application/json").path("schema");
                if (!schema.isMissingNode()) {
                    returned.add(refName(schema).orElse("(inline)"));
                }
            }
        }
        String expected = action.returnType().isEmpty() ? "" : specNameOf.getOrDefault(action.returnType(), action.returnType());
        if (expected.isEmpty() && !returned.isEmpty()) {
            problems.add(where + ": returns " + returned + " but CSDL " + version + " action " + action.name() + " returns nothing");
        } else if (!expected.isEmpty() && !returned.contains(expected)) {
            problems.add(where + ": no 2xx response returns " + expected + " as CSDL " + version + " action " + action.name() + " does");
        }
    }

    private void containedCollections() {
        CONTAINER_PATHS.forEach((typeName, containerPath) -> {
            Set<String> navigations = new TreeSet<>();
            versions.forEach(v -> v.type(typeName).ifPresent(t -> t.containedNavigations().forEach(n -> navigations.add(n.name()))));
            for (String navigation : navigations) {
                if (spec.path(LEFT_OUT).has(navigation)) {
                    continue;
                }
                String path = containerPath + "/" + navigation;
                JsonNode list = spec.path("paths").path(path).path("get");
                if (list.isMissingNode()) {
                    problems.add(path + ": CSDL " + typeName + " contains " + navigation + " but the spec has no GET " + path
                            + " and does not list it in " + LEFT_OUT);
                    continue;
                }
                String element = versions.stream().flatMap(v -> v.type(typeName).stream())
                        .flatMap(t -> t.containedNavigations().stream()).filter(n -> n.name().equals(navigation))
                        .findFirst().orElseThrow().elementType();
                String expected = specNameOf.getOrDefault(element, element);
                Optional<String> listed = refName(list.path("responses").path("200").path("content").path("application/json").path("schema"))
                        .flatMap(page -> refName(schemas().path(page).path("properties").path("value").path("items")));
                if (!listed.equals(Optional.of(expected))) {
                    problems.add("GET " + path + ": lists " + listed.orElse("(no value items)") + " but CSDL " + typeName + "."
                            + navigation + " holds " + element);
                }
            }
        });
    }

    /** Type and nullability of one property or parameter against one version's declaration. */
    private void compare(String where, String version, CsdlMetadata.Member member, JsonNode declaration, boolean decided) {
        JsonNode element = declaration;
        if (member.isCollection()) {
            if (!"array".equals(declaration.path("type").asText())) {
                if (!decided) {
                    problems.add(where + ": CSDL " + version + " " + member.type() + " is a collection but the spec declares no array");
                }
                return;
            }
            element = declaration.path("items");
        } else if (member.nullable() != declaration.path("nullable").asBoolean(false) && !decided) {
            problems.add(where + ": CSDL " + version + " says Nullable=" + member.nullable() + " but the spec says nullable: "
                    + declaration.path("nullable").asBoolean(false));
        }
        String expected = shape(member.elementType());
        String actual = shapeOf(element);
        if (!expected.equals(actual) && !(expected.equals("string") && actual.startsWith("string ")) && !decided) {
            problems.add(where + ": CSDL " + version + " " + member.type() + " means " + expected + " but the spec declares " + actual);
        }
    }

    /** What a CSDL type looks like in the spec: "string date-time", "integer int32", "$ref shift". */
    private String shape(String csdlType) {
        return switch (csdlType) {
            case "Edm.String", "Edm.TimeOfDay" -> "string";
            case "Edm.Boolean" -> "boolean";
            case "Edm.Int32" -> "integer int32";
            case "Edm.Int64" -> "integer int64";
            case "Edm.Double" -> "number double";
            case "Edm.DateTimeOffset" -> "string date-time";
            case "Edm.Date" -> "string date";
            case "Edm.Guid" -> "string uuid";
            default -> "$ref " + specNameOf.getOrDefault(csdlType, csdlType);
        };
    }

    private static String shapeOf(JsonNode declaration) {
        Optional<String> ref = refName(declaration);
        if (ref.isPresent()) {
            return "$ref " + ref.get();
        }
        String type = declaration.path("type").asText("");
        String format = declaration.path("format").asText("");
        return format.isEmpty() ? type : type + " " + format;
    }

    /** A direct {@code $ref}, or an {@code allOf} of one {@code $ref} (how OpenAPI 3.0 makes a reference nullable). */
    private static Optional<String> refName(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.isEmpty() && schema.path("allOf").size() == 1 && !schema.has("properties")) {
            ref = schema.path("allOf").get(0).path("$ref").asText("");
        }
        return ref.startsWith(REF) ? Optional.of(ref.substring(REF.length())) : Optional.empty();
    }

    /** The schema an {@code allOf} inherits from: its {@code $ref} member when it also adds members of its own. */
    private static Optional<String> parentOf(JsonNode schema) {
        if (schema.path("allOf").size() < 2) {
            return Optional.empty();
        }
        for (JsonNode member : schema.path("allOf")) {
            if (member.has("$ref")) {
                return refName(member);
            }
        }
        return Optional.empty();
    }

    /** Properties declared by the schema itself, directly or in the inline members of its {@code allOf}. */
    private static Map<String, JsonNode> ownProperties(JsonNode schema) {
        Map<String, JsonNode> own = new LinkedHashMap<>();
        List<JsonNode> parts = new ArrayList<>();
        parts.add(schema);
        schema.path("allOf").forEach(member -> {
            if (!member.has("$ref")) {
                parts.add(member);
            }
        });
        for (JsonNode part : parts) {
            part.path("properties").fields().forEachRemaining(p -> own.put(p.getKey(), p.getValue()));
        }
        return own;
    }

    private Map<String, JsonNode> allProperties(JsonNode schema) {
        Map<String, JsonNode> all = new LinkedHashMap<>();
        parentOf(schema).ifPresent(parent -> all.putAll(allProperties(schemas().path(parent))));
        all.putAll(ownProperties(schema));
        return all;
    }

    private static boolean has(CsdlMetadata.StructuredType type, String property) {
        return type.properties().stream().anyMatch(p -> p.name().equals(property));
    }

    /** The Graph versions an element's {@code x-wfi-availability} names, or {@code otherwise} when it names none. */
    private static Set<String> graphVersions(JsonNode element, Set<String> otherwise) {
        Set<String> named = new TreeSet<>();
        element.path(AVAILABILITY).forEach(v -> {
            if (v.asText().equals("v1.0") || v.asText().equals("beta")) {
                named.add(v.asText());
            }
        });
        return named.isEmpty() && !onlyInCallbacks(element) ? new TreeSet<>(otherwise) : named;
    }

    private static boolean onlyInCallbacks(JsonNode element) {
        JsonNode availability = element.path(AVAILABILITY);
        return availability.size() == 1 && availability.get(0).asText().equals("callback");
    }

    private List<String[]> postOperationsEndingIn(String action) {
        List<String[]> found = new ArrayList<>();
        spec.path("paths").fieldNames().forEachRemaining(path -> {
            if (path.endsWith("/" + action) && spec.path("paths").path(path).has("post")) {
                found.add(new String[] {path});
            }
        });
        return found;
    }

    private Set<String> versionsOf(java.util.function.Predicate<CsdlMetadata> present) {
        Set<String> out = new TreeSet<>();
        versions.stream().filter(present).forEach(v -> out.add(v.version()));
        return out;
    }

    private Set<String> names(java.util.function.Function<CsdlMetadata, Set<String>> of) {
        Set<String> out = new TreeSet<>();
        versions.forEach(v -> out.addAll(of.apply(v)));
        return out;
    }

    private JsonNode schemas() {
        return spec.path("components").path("schemas");
    }
}
