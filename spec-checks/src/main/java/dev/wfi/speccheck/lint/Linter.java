package dev.wfi.speccheck.lint;

import dev.wfi.report.Severity;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.wfi.contract.Contract;
import dev.wfi.contract.ContractException;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** {@code wfi lint}'s engine: reads specs and runs every rule over them. The module's one entry point for linting. */
public final class Linter {

    static final String YAML_RULE = "WFI-SPEC-YAML";

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

    public Linter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    /** Every rule id, the YAML syntax rule included. */
    public static Set<String> ruleIds() {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(YAML_RULE);
        RULES.forEach(rule -> ids.add(rule.id()));
        return ids;
    }

    /**
     * Lints the specs. Findings the baseline knows are left out and counted.
     *
     * @param config a fixed configuration, or empty to use each spec's nearest {@code .wfi.yaml}
     * @throws SpecInputException for a file that cannot be read or is not an OpenAPI document
     */
    public LintReport lint(List<Path> specs, Optional<LintConfig> config, Baseline baseline) throws SpecInputException {
        List<LintFinding> findings = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (Path spec : specs) {
            LintConfig effective = config.isPresent() ? config.get()
                    : LintConfig.find(spec).isPresent() ? LintConfig.load(LintConfig.find(spec).get()) : LintConfig.DEFAULTS;
            files.add(spec.toString());
            findings.addAll(lint(spec, effective));
        }
        findings.sort(Comparator.comparing(LintFinding::path).thenComparingInt(LintFinding::line)
                .thenComparingInt(LintFinding::column).thenComparing(LintFinding::ruleId));
        List<LintFinding> kept = findings.stream().filter(finding -> !baseline.suppresses(finding)).toList();
        return new LintReport(toolVersion, files, kept, findings.size() - kept.size());
    }

    private List<LintFinding> lint(Path file, LintConfig config) throws SpecInputException {
        String content = read(file);
        String path = file.toString();
        // swagger-parser and the YAML reader each take a good part of a run: on two cores they overlap
        CompletableFuture<Object> contractOrError = CompletableFuture.supplyAsync(() -> {
            try {
                return Contract.load(file);
            } catch (ContractException e) {
                return e;
            }
        });
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
        // The contract engine parses with the same options and accepts only a document without parser messages, so
        // a clean spec is parsed once; only a spec it rejects is parsed again, for the messages.
        Optional<Contract> contract;
        List<String> messages;
        Object loaded = contractOrError.join();
        if (loaded instanceof Contract parsed) {
            contract = Optional.of(parsed);
            messages = List.of();
        } else {
            contract = Optional.empty();
            messages = parserMessages(content);
            if (messages.isEmpty()) {
                // parsed, but its schemas cannot be derived: say so, never pass silently
                messages = List.of(((ContractException) loaded).getMessage());
            }
        }
        Optional<Contract> forRules = contract;
        SpecDocument spec = new SpecDocument(path, tree, messages, () -> forRules);

        List<LintFinding> findings = new ArrayList<>();
        for (LintRule rule : RULES) {
            Optional<Severity> severity = config.severity(rule);
            if (severity.isEmpty()) {
                continue;
            }
            rule.check(spec, (pointer, message) -> {
                int[] position = spec.position(pointer);
                findings.add(new LintFinding(rule.id(), severity.get(), path, position[0], position[1], pointer,
                        message, rule.hint()));
            });
        }
        return findings;
    }

    private static List<String> parserMessages(String content) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(content, null, options);
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

    static String read(Path file) throws SpecInputException {
        if (Files.isDirectory(file)) {
            throw new SpecInputException(file, "is a directory");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new SpecInputException(file, "not UTF-8 text");
        } catch (IOException | UncheckedIOException e) {
            throw new SpecInputException(file, describe(e));
        }
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
