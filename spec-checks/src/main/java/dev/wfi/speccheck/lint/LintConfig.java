package dev.wfi.speccheck.lint;

import dev.wfi.report.Labelled;
import dev.wfi.report.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wfi.contract.InputText;
import dev.wfi.contract.YamlLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rule settings from {@code .wfi.yaml}: {@code lint: {rules: {RULE-ID: error|warning|note|off}}}. Found in the
 * spec's directory or the nearest parent that has one, or given with {@code --config}.
 */
public final class LintConfig {

    public static final String FILE_NAME = ".wfi.yaml";
    public static final LintConfig DEFAULTS = new LintConfig(Map.of());
    private static final ObjectMapper YAML = new ObjectMapper(YamlLimits.factory());

    /** Rule id to its severity; an empty value turns the rule off. */
    private final Map<String, Optional<Severity>> overrides;

    private LintConfig(Map<String, Optional<Severity>> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** The nearest {@code .wfi.yaml} at or above the spec's directory, if any. */
    public static Optional<Path> find(Path spec) {
        Path dir = spec.toAbsolutePath().normalize().getParent();
        while (dir != null) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /** @throws SpecInputException when the file is unreadable, not YAML, or names an unknown rule or severity */
    public static LintConfig load(Path file) throws SpecInputException {
        JsonNode root;
        try {
            root = YAML.readTree(InputText.read(file, InputText.MAX_SPEC_BYTES));
        } catch (IOException e) {
            throw new SpecInputException(file, Linter.describe(e));
        }
        Map<String, Optional<Severity>> overrides = new LinkedHashMap<>();
        JsonNode rules = root == null ? null : root.path("lint").path("rules");
        if (rules == null || rules.isMissingNode() || rules.isNull()) {
            return new LintConfig(overrides);
        }
        if (!rules.isObject()) {
            throw new SpecInputException(file, "lint.rules must be a mapping of rule id to error, warning, note or off");
        }
        Set<String> known = Linter.ruleIds();
        for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!known.contains(entry.getKey())) {
                throw new SpecInputException(file, "unknown rule '" + entry.getKey() + "'; known: " + String.join(", ", known));
            }
            JsonNode value = entry.getValue();
            // YAML 1.1 reads a bare off as false
            if (value.isBoolean() && !value.booleanValue() || "off".equalsIgnoreCase(value.asText())) {
                overrides.put(entry.getKey(), Optional.empty());
                continue;
            }
            try {
                overrides.put(entry.getKey(), Optional.of(Labelled.parse(Labelled.all(Severity.class), value.asText())));
            } catch (IllegalArgumentException e) {
                throw new SpecInputException(file, "rule " + entry.getKey() + ": expected one of error, warning, note, off but was '"
                        + value.asText() + "'");
            }
        }
        return new LintConfig(overrides);
    }

    /** The rule's severity under this configuration; empty when the rule is off. */
    Optional<Severity> severity(LintRule rule) {
        return overrides.getOrDefault(rule.id(), Optional.of(rule.severity()));
    }
}
