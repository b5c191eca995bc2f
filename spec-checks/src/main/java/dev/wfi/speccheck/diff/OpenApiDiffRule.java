package dev.wfi.speccheck.diff;

import dev.wfi.report.Severity;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.Endpoint;

/** openapi-diff's verdict per endpoint: removed, deprecated, added, or changed (compatibly or not, and in which part). */
final class OpenApiDiffRule implements DiffRule {

    /**
     * A member added to a response enum is not breaking for Graph clients when it is evolvable (Graph sends it only
     * on request); {@link EnumMemberRule} tells the two cases apart, so openapi-diff does not judge them.
     */
    private static final OpenApiDiffOptions OPTIONS = OpenApiDiffOptions.builder()
            .configProperty("incompatible.response.enum.increased", "false")
            .build();

    @Override
    public String id() {
        return "WFI-DIFF-OPENAPI";
    }

    @Override
    public void check(SpecPair specs, Sink sink) {
        ChangedOpenApi diff = OpenApiCompare.fromSpecifications(specs.oldApi(), specs.newApi(), OPTIONS);
        for (Endpoint endpoint : diff.getMissingEndpoints()) {
            sink.report(Severity.ERROR, false, pointer(endpoint.getPathUrl(), endpoint.getMethod()),
                    label(endpoint.getMethod(), endpoint.getPathUrl()) + " was removed");
        }
        for (Endpoint endpoint : diff.getDeprecatedEndpoints()) {
            sink.report(Severity.WARNING, true, pointer(endpoint.getPathUrl(), endpoint.getMethod()),
                    label(endpoint.getMethod(), endpoint.getPathUrl()) + " is now deprecated");
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            DiffResult result = operation.isChanged();
            if (!result.isDifferent()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            add(parts, "parameters", operation.getParameters() == null ? DiffResult.NO_CHANGES : operation.getParameters().isChanged());
            add(parts, "request body", operation.resultRequestBody());
            add(parts, "responses", operation.resultApiResponses());
            add(parts, "security", operation.resultSecurityRequirements());
            String where = pointer(operation.getPathUrl(), operation.getHttpMethod());
            String what = label(operation.getHttpMethod(), operation.getPathUrl());
            if (result.isIncompatible()) {
                sink.report(Severity.ERROR, true, where, what + " changed incompatibly"
                        + (parts.isEmpty() ? "" : " in " + String.join(", ", parts)) + " (openapi-diff)");
            } else if (!result.isMetaChanged()) {
                sink.report(Severity.NOTE, true, where, what + " changed compatibly (openapi-diff)");
            }
        }
        for (Endpoint endpoint : diff.getNewEndpoints()) {
            sink.report(Severity.NOTE, true, pointer(endpoint.getPathUrl(), endpoint.getMethod()),
                    label(endpoint.getMethod(), endpoint.getPathUrl()) + " was added");
        }
    }

    private static void add(List<String> parts, String name, DiffResult result) {
        if (result != null && result.isIncompatible()) {
            parts.add(name);
        }
    }

    private static String label(PathItem.HttpMethod method, String path) {
        return method + " " + path;
    }

    private static String pointer(String path, PathItem.HttpMethod method) {
        return "/paths/" + path.replace("~", "~0").replace("/", "~1") + '/' + method.name().toLowerCase(Locale.ROOT);
    }
}
