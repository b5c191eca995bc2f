package dev.wfi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code example} written in the spec validates against the schema it illustrates. Values
 * are read from the YAML text (not from swagger-parser's typed copies), so what is tested is what
 * a reader sees.
 */
class SpecExamplesValidateTest {
    private static final Contract CONTRACT;
    private static final JsonNode RAW;

    static {
        try {
            CONTRACT = Contract.load(SpecFiles.contract());
            RAW = new ObjectMapper(new YAMLFactory()).readTree(SpecFiles.contract().toFile());
        } catch (ContractException | IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** An example found in the spec: where it is, its value, and how to check it. */
    private record Example(String location, JsonNode value, Schema<?> schema, String componentName) {}

    @TestFactory
    Stream<DynamicTest> everyExampleValidatesAgainstItsSchema() {
        List<Example> examples = examples();
        assertTrue(examples.size() > 60, "too few examples found: " + examples.size());
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.location(), () -> {
            List<SchemaViolation> violations = example.componentName() != null
                    ? CONTRACT.validate(example.componentName(), example.value())
                    : CONTRACT.validate(example.schema(), example.value());
            if (!violations.isEmpty()) {
                fail(example.location() + " does not validate:\n  "
                        + String.join("\n  ", violations.stream().map(SchemaViolation::message).toList()));
            }
        }));
    }

    @Test
    void everyComponentSchemaHasAnExample() {
        List<String> missing = new ArrayList<>();
        for (String name : CONTRACT.schemaNames()) {
            if (!RAW.at("/components/schemas/" + name).has("example")) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, "component schemas without an example");
    }

    @Test
    void examplesOutsideRequestBodiesNeverShowTheSecret() {
        List<String> shown = new ArrayList<>();
        for (Example example : examples()) {
            if (!example.location().contains("/requestBody/")) {
                example.value().findValues("secret").forEach(secret -> {
                    if (!secret.isNull()) {
                        shown.add(example.location() + " shows secret " + secret);
                    }
                });
            }
        }
        assertEquals(List.of(), shown);
    }

    @Test
    void anInvalidExampleIsReported() {
        JsonNode broken = new ObjectMapper().createObjectNode().put("apiVersion", "one");
        List<SchemaViolation> violations = CONTRACT.validate("workforceIntegration", broken);
        assertEquals(List.of(new SchemaViolation("/apiVersion", "type",
                "/apiVersion: expected integer or null, found string 'one'")), violations);
    }

    private static List<Example> examples() {
        OpenAPI api = CONTRACT.openApi();
        List<Example> examples = new ArrayList<>();
        api.getComponents().getSchemas().forEach((name, schema) ->
                visitSchema(examples, schema, "/components/schemas/" + name, name));
        if (api.getComponents().getParameters() != null) {
            api.getComponents().getParameters().forEach((name, parameter) ->
                    visitParameter(examples, parameter, "/components/parameters/" + name));
        }
        if (api.getComponents().getHeaders() != null) {
            api.getComponents().getHeaders().forEach((name, header) ->
                    visitHeader(examples, header, "/components/headers/" + name));
        }
        if (api.getComponents().getResponses() != null) {
            api.getComponents().getResponses().forEach((name, response) ->
                    visitResponse(examples, response, "/components/responses/" + name));
        }
        api.getPaths().forEach((path, item) -> {
            String itemPointer = "/paths/" + escape(path);
            if (item.getParameters() != null) {
                for (int i = 0; i < item.getParameters().size(); i++) {
                    visitParameter(examples, item.getParameters().get(i), itemPointer + "/parameters/" + i);
                }
            }
            item.readOperationsMap().forEach((method, operation) ->
                    visitOperation(examples, operation, itemPointer + "/" + method.name().toLowerCase()));
        });
        return examples;
    }

    private static void visitOperation(List<Example> examples, Operation operation, String pointer) {
        if (operation.getParameters() != null) {
            for (int i = 0; i < operation.getParameters().size(); i++) {
                visitParameter(examples, operation.getParameters().get(i), pointer + "/parameters/" + i);
            }
        }
        if (operation.getRequestBody() != null) {
            visitContent(examples, operation.getRequestBody().getContent(), pointer + "/requestBody/content");
        }
        if (operation.getResponses() != null) {
            operation.getResponses().forEach((code, response) ->
                    visitResponse(examples, response, pointer + "/responses/" + code));
        }
    }

    private static void visitResponse(List<Example> examples, ApiResponse response, String pointer) {
        if (response.get$ref() != null) {
            return;
        }
        visitContent(examples, response.getContent(), pointer + "/content");
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, header) -> visitHeader(examples, header, pointer + "/headers/" + escape(name)));
        }
    }

    private static void visitContent(List<Example> examples, Content content, String pointer) {
        if (content == null) {
            return;
        }
        content.forEach((mediaType, media) -> {
            String mediaPointer = pointer + "/" + escape(mediaType);
            add(examples, mediaPointer + "/example", media.getSchema());
            if (media.getExamples() != null) {
                media.getExamples().keySet().forEach(name ->
                        add(examples, mediaPointer + "/examples/" + escape(name) + "/value", media.getSchema()));
            }
            if (media.getSchema() != null && media.getSchema().get$ref() == null) {
                visitSchema(examples, media.getSchema(), mediaPointer + "/schema", null);
            }
        });
    }

    private static void visitParameter(List<Example> examples, Parameter parameter, String pointer) {
        if (parameter.get$ref() != null || parameter.getSchema() == null) {
            return;
        }
        add(examples, pointer + "/example", parameter.getSchema());
        visitSchema(examples, parameter.getSchema(), pointer + "/schema", null);
    }

    private static void visitHeader(List<Example> examples, Header header, String pointer) {
        if (header.get$ref() != null || header.getSchema() == null) {
            return;
        }
        add(examples, pointer + "/example", header.getSchema());
        visitSchema(examples, header.getSchema(), pointer + "/schema", null);
    }

    /** The schema's own example, then those of its properties, items and inline allOf members. */
    private static void visitSchema(List<Example> examples, Schema<?> schema, String pointer, String componentName) {
        if (schema == null || schema.get$ref() != null) {
            return;
        }
        JsonNode value = RAW.at(pointer + "/example");
        if (!value.isMissingNode()) {
            examples.add(new Example(pointer.substring(1) + "/example", value, schema, componentName));
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.forEach((name, property) ->
                    visitSchema(examples, property, pointer + "/properties/" + escape(name), null));
        }
        if (schema.getItems() != null) {
            visitSchema(examples, schema.getItems(), pointer + "/items", null);
        }
        visitMembers(examples, schema.getAllOf(), pointer + "/allOf");
        visitMembers(examples, schema.getAnyOf(), pointer + "/anyOf");
        visitMembers(examples, schema.getOneOf(), pointer + "/oneOf");
    }

    private static void visitMembers(List<Example> examples, List<Schema> members, String pointer) {
        if (members != null) {
            for (int i = 0; i < members.size(); i++) {
                visitSchema(examples, members.get(i), pointer + "/" + i, null);
            }
        }
    }

    private static void add(List<Example> examples, String pointer, Schema<?> schema) {
        JsonNode value = RAW.at(pointer);
        if (!value.isMissingNode() && schema != null) {
            String component = ComponentSchemas.refName(schema).orElse(null);
            examples.add(new Example(pointer.substring(1), value, schema, component));
        }
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
