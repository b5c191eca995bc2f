package dev.wfi.speccheck.diff;

import dev.wfi.speccheck.lint.SpecDocument;
import dev.wfi.speccheck.lint.SpecInputException;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@code wfi diff}'s engine: openapi-diff plus the rules of a Graph-style contract. The module's entry point for diffs. */
public final class SpecDiff {

    static final List<DiffRule> RULES = List.of(
            new OpenApiDiffRule(),
            new EnumMemberRule(),
            new PropertyRemovedRule(),
            new PropertyAccessRule(),
            new RequiredRequestPropertyRule(),
            new SuccessStatusRule());

    private final String toolVersion;
    private final boolean allowRemoteRefs;

    public SpecDiff(String toolVersion) {
        this(toolVersion, false);
    }

    /** @param allowRemoteRefs whether swagger-parser may fetch {@code http(s)} references (it never may by default) */
    public SpecDiff(String toolVersion, boolean allowRemoteRefs) {
        this.toolVersion = toolVersion;
        this.allowRemoteRefs = allowRemoteRefs;
    }

    /**
     * Compares two specs.
     *
     * @throws SpecInputException when either cannot be read or parsed: a broken spec is never "no changes"
     */
    public DiffReport compare(Path oldFile, Path newFile) throws SpecInputException {
        SpecDocument oldSpec = SpecDocument.read(oldFile, allowRemoteRefs);
        SpecDocument newSpec = SpecDocument.read(newFile, allowRemoteRefs);
        SpecPair pair = new SpecPair(oldSpec, newSpec, parse(oldFile, oldSpec), parse(newFile, newSpec));
        List<ApiChange> changes = new ArrayList<>();
        for (DiffRule rule : RULES) {
            rule.check(pair, (impact, inNew, pointer, message) -> {
                SpecDocument in = inNew ? newSpec : oldSpec;
                changes.add(new ApiChange(rule.id(), impact, (inNew ? "new" : "old") + "#" + pointer,
                        in.position(pointer)[0], message));
            });
        }
        changes.sort(Comparator.comparing(ApiChange::impact));
        return new DiffReport(toolVersion, oldFile.toString(), newFile.toString(), changes);
    }

    /** The parsed model; relative references resolve against the spec's own directory. */
    private static OpenAPI parse(Path file, SpecDocument spec) throws SpecInputException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result;
        try {
            result = new OpenAPIV3Parser().readContents(spec.content(), null, options, file.toAbsolutePath().toString());
        } catch (RuntimeException | StackOverflowError e) {
            throw new SpecInputException(file, "cannot be parsed: " + (e instanceof StackOverflowError
                    ? "it refers to itself without end" : String.valueOf(e.getMessage())));
        }
        if (result.getOpenAPI() == null || result.getOpenAPI().getPaths() == null) {
            List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
            throw new SpecInputException(file, "cannot be parsed as OpenAPI 3"
                    + (messages.isEmpty() ? "" : ": " + String.join("; ", messages)));
        }
        return result.getOpenAPI();
    }
}
