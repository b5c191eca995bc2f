package dev.wfi.speccheck.lint;

import dev.wfi.report.Baseline;
import dev.wfi.report.Severity;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.wfi.contract.Contract;
import dev.wfi.contract.ContractException;
import dev.wfi.contract.InputText;
import dev.wfi.contract.YamlLimits;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code wfi lint}'s engine: reads specs and runs every rule over them. The module's one entry point for linting. */
public final class Linter {

    static final String YAML_RULE = "WFI-SPEC-YAML";
    static final String REF_RULE = "WFI-SPEC-REF";
    static final String REF_HINT = "refer to files inside the spec's directory tree, or run with --allow-remote-refs to "
            + "fetch remote ones; until then the references are not resolved and the parser and example rules do not run";

    /** The rules, in the order their findings are listed for one node. */
    static final List<LintRule> RULES = List.of(
            new ParserMessageRule(),
            new FlagEnumRule(),
            new EvolvablePreferRule(),
            new SecretWriteOnlyRule(),
            new ReadOnlyRequiredRule(),
            new SecurityRule(),
            new SuccessResponseRule(),
            new ODataErrorRule(),
            new ExampleRule(),
            new OperationIdRule(),
            new PathParameterRule(),
            new UnusedComponentRule());

    private final String toolVersion;
    private final boolean allowRemoteRefs;

    public Linter(String toolVersion) {
        this(toolVersion, false);
    }

    /** @param allowRemoteRefs whether swagger-parser may fetch {@code http(s)} references (it never may by default) */
    public Linter(String toolVersion, boolean allowRemoteRefs) {
        this.toolVersion = toolVersion;
        this.allowRemoteRefs = allowRemoteRefs;
    }

    /** Every rule id, the YAML syntax rule included. */
    public static Set<String> ruleIds() {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(YAML_RULE);
        ids.add(REF_RULE);
        RULES.forEach(rule -> ids.add(rule.id()));
        return ids;
    }

    /**
     * Lints the specs. Findings the baseline knows are left out and counted. A spec that cannot be read, is refused
     * or is not an OpenAPI document is listed in {@link LintReport#notRead()}, and the others are still linted.
     *
     * @param config a fixed configuration, or empty to use each spec's nearest {@code .wfi.yaml}
     * @throws SpecInputException when a {@code .wfi.yaml} found for a spec cannot be read
     */
    public LintReport lint(List<Path> specs, Optional<LintConfig> config, Baseline baseline) throws SpecInputException {
        List<LintFinding> findings = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<LintReport.NotRead> notRead = new ArrayList<>();
        for (Path spec : specs) {
            LintConfig effective = config.isPresent() ? config.get()
                    : LintConfig.find(spec).isPresent() ? LintConfig.load(LintConfig.find(spec).get()) : LintConfig.DEFAULTS;
            try {
                findings.addAll(lint(spec, effective));
                files.add(spec.toString());
            } catch (SpecInputException e) {
                notRead.add(new LintReport.NotRead(e.path().toString(), e.getMessage()));
            }
        }
        findings.sort(Comparator.comparing(LintFinding::path).thenComparingInt(LintFinding::line)
                .thenComparingInt(LintFinding::column).thenComparing(LintFinding::ruleId));
        List<LintFinding> kept = baseline.unknown(findings, LintFinding::baselineEntry);
        return new LintReport(toolVersion, files, kept, findings.size() - kept.size(), notRead);
    }

    private List<LintFinding> lint(Path file, LintConfig config) throws SpecInputException {
        String content = read(file);
        String path = file.toString();
        YamlTree tree;
        try {
            tree = YamlTree.read(content);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            LintRule yaml = new ParserMessageRule();
            return List.of(new LintFinding(YAML_RULE, Severity.ERROR, path, at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 1 : Math.max(1, at.getColumnNr()), "", "YAML syntax error: " + yamlProblem(e),
                    "fix the YAML syntax; " + yaml.hint()));
        } catch (IOException e) {
            throw new SpecInputException(file, describe(e));
        }
        if (!tree.root.isObject() || !(tree.root.has("openapi") || tree.root.has("swagger"))) {
            throw new SpecInputException(file, "not an OpenAPI document (no top-level 'openapi' field)");
        }
        List<LintFinding> findings = new ArrayList<>();
        List<SpecReferences.Refused> refused = SpecReferences.refused(file, tree, allowRemoteRefs);
        refused.forEach(ref -> findings.add(new LintFinding(REF_RULE, Severity.ERROR, ref.path(), ref.line(), ref.column(),
                ref.pointer(), ref.message(), REF_HINT)));
        // The contract engine parses with the same options and accepts only a document without parser messages, so
        // a clean spec is parsed once; only a spec it rejects is parsed again, for the messages. A spec with refused
        // references is not handed to swagger-parser at all: it has no hook to refuse them.
        Optional<Contract> contract = Optional.empty();
        List<String> messages = List.of();
        if (refused.isEmpty()) {
            try {
                contract = Optional.of(Contract.load(file, content));
            } catch (ContractException e) {
                messages = parserMessages(content, file);
                if (messages.isEmpty()) {
                    // parsed, but its schemas cannot be derived: say so, never pass silently
                    messages = List.of(e.getMessage());
                }
            } catch (StackOverflowError e) {
                messages = List.of(RECURSES);
            }
        }
        Optional<Contract> forRules = contract;
        SpecDocument spec = new SpecDocument(path, tree, messages, () -> forRules);

        for (LintRule rule : RULES) {
            Optional<Severity> severity = config.severity(rule);
            if (severity.isEmpty()) {
                continue;
            }
            LintRule.Sink sink = (pointer, message) -> {
                int[] position = spec.position(pointer);
                findings.add(new LintFinding(rule.id(), severity.get(), path, position[0], position[1], pointer,
                        message, rule.hint()));
            };
            try {
                rule.check(spec, sink);
            } catch (StackOverflowError e) {
                sink.report("", "not checked: " + RECURSES);
            }
        }
        return findings;
    }

    /** What a rule or the parser says of a document it recursed through without end (a cycle no check caught). */
    static final String RECURSES = "the document refers to itself without end (a cycle of $ref or composition)";

    private static List<String> parserMessages(String content, Path file) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result;
        try {
            result = new OpenAPIV3Parser().readContents(content, null, options, file.toAbsolutePath().toString());
        } catch (StackOverflowError e) {
            return List.of(RECURSES);
        }
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (messages.isEmpty() && result.getOpenAPI() == null) {
            return List.of("the document could not be read as OpenAPI 3");
        }
        return messages;
    }

    /** snakeyaml's context and problem ("while parsing a flow mapping: expected ',' or '}'"), without its excerpt. */
    static String yamlProblem(JsonProcessingException e) {
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
            String context = marked.getContext();
            return (context == null ? "" : context + ": ") + marked.getProblem();
        }
        return e.getOriginalMessage().lines().findFirst().orElse("").strip();
    }

    /** A spec's text: bounded by the bytes read (not the size reported), strict UTF-8, within {@link YamlLimits}. */
    static String read(Path file) throws SpecInputException {
        String content;
        try {
            content = InputText.read(file, InputText.MAX_SPEC_BYTES);
        } catch (IOException | UncheckedIOException e) {
            throw new SpecInputException(file, describe(e));
        }
        try {
            YamlLimits.check(content);
        } catch (YamlLimits.Refused e) {
            throw new SpecInputException(file, "refused: " + e.getMessage());
        }
        return content;
    }

    static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof JsonProcessingException json) {
            JsonLocation at = json.getLocation();
            return (at == null ? "" : at.getLineNr() + ":" + at.getColumnNr() + ": ") + yamlProblem(json);
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
