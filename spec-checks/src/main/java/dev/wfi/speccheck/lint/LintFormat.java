package dev.wfi.speccheck.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How {@code wfi lint} prints its report. */
public enum LintFormat {
    /** One line per finding, {@code file:line:column  severity  RULE  message}, then a summary. */
    TERMINAL {
        @Override
        public void write(LintReport report, PrintWriter out) {
            for (LintFinding finding : report.findings()) {
                out.println(finding.path() + ":" + finding.line() + ":" + finding.column() + "  "
                        + String.format(Locale.ROOT, "%-7s", finding.severity().label()) + "  " + finding.ruleId() + "  "
                        + finding.message());
                out.println("    fix: " + finding.hint());
            }
            out.println(summary(report));
        }
    },
    /** A JSON document: tool, files, findings (with hints), summary. */
    JSON {
        @Override
        public void write(LintReport report, PrintWriter out) {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("schemaVersion", 1);
            root.putObject("tool").put("name", "wfi lint").put("version", report.toolVersion());
            ArrayNode files = root.putArray("files");
            report.files().forEach(files::add);
            ArrayNode findings = root.putArray("findings");
            for (LintFinding finding : report.findings()) {
                findings.addObject().put("ruleId", finding.ruleId()).put("severity", finding.severity().label())
                        .put("path", finding.path()).put("line", finding.line()).put("column", finding.column())
                        .put("pointer", finding.pointer()).put("message", finding.message()).put("hint", finding.hint());
            }
            root.putObject("summary").put("errors", report.count(Severity.ERROR))
                    .put("warnings", report.count(Severity.WARNING)).put("notes", report.count(Severity.NOTE))
                    .put("suppressed", report.suppressed());
            out.println(json(root));
        }
    },
    /** SARIF 2.1.0 for code-scanning UIs: one run, the rules with their hints, one result per finding. */
    SARIF {
        @Override
        public void write(LintReport report, PrintWriter out) {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            root.put("version", "2.1.0");
            ObjectNode run = root.putArray("runs").addObject();
            ObjectNode driver = run.putObject("tool").putObject("driver");
            driver.put("name", "wfi lint").put("version", report.toolVersion());
            ArrayNode rules = driver.putArray("rules");
            Map<String, Integer> ruleIndex = new LinkedHashMap<>();
            for (LintRule rule : Linter.RULES) {
                ruleIndex.put(rule.id(), ruleIndex.size());
                addRule(rules, rule.id(), rule.severity(), rule.hint());
            }
            ruleIndex.put(Linter.YAML_RULE, ruleIndex.size());
            addRule(rules, Linter.YAML_RULE, Severity.ERROR, "fix the YAML syntax");
            ArrayNode results = run.putArray("results");
            for (LintFinding finding : report.findings()) {
                ObjectNode result = results.addObject();
                result.put("ruleId", finding.ruleId());
                result.put("ruleIndex", ruleIndex.getOrDefault(finding.ruleId(), 0));
                result.put("level", finding.severity() == Severity.NOTE ? "note" : finding.severity().label());
                result.putObject("message").put("text", finding.message() + " (fix: " + finding.hint() + ")");
                ObjectNode location = result.putArray("locations").addObject();
                ObjectNode physical = location.putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", uri(finding.path()));
                physical.putObject("region").put("startLine", finding.line()).put("startColumn", finding.column());
                if (!finding.pointer().isEmpty()) {
                    location.putArray("logicalLocations").addObject().put("fullyQualifiedName", finding.pointer());
                }
                result.putObject("partialFingerprints").put("wfiFinding/v1", finding.fingerprint());
            }
            out.println(json(root));
        }
    },
    /** GitHub Actions workflow commands: each finding becomes an annotation on its line of the pull request. */
    GITHUB {
        @Override
        public void write(LintReport report, PrintWriter out) {
            for (LintFinding finding : report.findings()) {
                String command = switch (finding.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case NOTE -> "notice";
                };
                out.println("::" + command + " file=" + property(finding.path().replace('\\', '/')) + ",line=" + finding.line()
                        + ",col=" + finding.column() + ",title=" + property(finding.ruleId()) + "::"
                        + data(finding.message() + " (fix: " + finding.hint() + ")"));
            }
            out.println(summary(report));
        }
    };

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public abstract void write(LintReport report, PrintWriter out);

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LintFormat fromLabel(String label) {
        for (LintFormat format : values()) {
            if (format.label().equalsIgnoreCase(label)) {
                return format;
            }
        }
        throw new IllegalArgumentException("expected one of " + labels() + " but was '" + label + "'");
    }

    public static String labels() {
        return Arrays.stream(values()).map(LintFormat::label).collect(Collectors.joining(", "));
    }

    static String summary(LintReport report) {
        String text = plural(report.count(Severity.ERROR), "error") + ", " + plural(report.count(Severity.WARNING), "warning")
                + ", " + plural(report.count(Severity.NOTE), "note") + " in " + plural(report.files().size(), "file");
        return report.suppressed() > 0 ? text + " (" + report.suppressed() + " suppressed by the baseline)" : text;
    }

    /** "1 error", "2 errors". */
    public static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static void addRule(ArrayNode rules, String id, Severity severity, String hint) {
        ObjectNode rule = rules.addObject();
        rule.put("id", id);
        rule.putObject("help").put("text", hint);
        rule.putObject("defaultConfiguration").put("level", severity == Severity.NOTE ? "note" : severity.label());
    }

    /** A relative path as a relative URI reference (forward slashes, percent-encoded), an absolute one as file:. */
    static String uri(String path) {
        Path p = Path.of(path);
        if (p.isAbsolute()) {
            return p.toUri().toString();
        }
        return List.of(path.replace('\\', '/').split("/", -1)).stream()
                .map(segment -> java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }

    /** Workflow-command escaping of the message part. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Workflow-command escaping of a property value (also ':' and ','). */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    private static String json(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
