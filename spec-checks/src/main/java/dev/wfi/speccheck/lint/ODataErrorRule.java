package dev.wfi.speccheck.lint;

import dev.wfi.report.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * A Graph operation declares the OData error response ({@code {"error": {"code", "message"}}}) for a 4xx, 5xx
 * or default status. Operations with their own {@code servers} (callbacks a WFM service implements) answer in
 * their own shape and are not checked.
 */
final class ODataErrorRule implements LintRule {

    @Override
    public String id() {
        return "WFI-SPEC-ODATA-ERROR";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String hint() {
        return "add 4xx/5xx responses whose body is the OData error object { error: { code, message } }";
    }

    @Override
    public void check(SpecDocument spec, Sink sink) {
        for (SpecDocument.Operation operation : spec.operations()) {
            if (!operation.servedByDocumentServers() || declaresODataError(spec, operation.node().path("responses"))) {
                continue;
            }
            String at = operation.node().has("responses") ? operation.pointer() + "/responses" : operation.pointer();
            sink.report(at, operation.label() + " declares no OData error response (4xx, 5xx or default with an 'error' object)");
        }
    }

    private static boolean declaresODataError(SpecDocument spec, JsonNode responses) {
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String status = entry.getKey();
            if (!(status.startsWith("4") || status.startsWith("5") || status.equals("default"))) {
                continue;
            }
            for (JsonNode media : spec.resolve(entry.getValue()).path("content")) {
                if (isErrorObject(spec, media.path("schema"), 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isErrorObject(SpecDocument spec, JsonNode schema, int depth) {
        JsonNode resolved = spec.resolve(schema);
        JsonNode error = spec.resolve(resolved.path("properties").path("error"));
        if (error.path("properties").has("code") && error.path("properties").has("message")) {
            return true;
        }
        if (depth < 8) {
            for (JsonNode part : resolved.path("allOf")) {
                if (isErrorObject(spec, part, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
