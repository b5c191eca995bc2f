package dev.wfi.speccheck.lint;

import dev.wfi.report.GithubAnnotation;
import dev.wfi.report.Labelled;
import dev.wfi.report.SarifLog;
import dev.wfi.report.Severity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** How {@code wfi lint} prints its report. */
public enum LintFormat implements Labelled {
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
    /** A JSON document: tool, files, findings (with hints), the specs not read (path and cause), summary. */
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
            ArrayNode notRead = root.putArray("notRead");
            report.notRead().forEach(input -> notRead.addObject().put("path", input.path()).put("cause", input.cause()));
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
            SarifLog log = new SarifLog("wfi lint", report.toolVersion());
            for (LintRule rule : Linter.RULES) {
                log.rule(rule.id(), null, rule.severity()).putObject("help").put("text", rule.hint());
            }
            log.rule(Linter.YAML_RULE, null, Severity.ERROR).putObject("help").put("text", "fix the YAML syntax");
            log.rule(Linter.REF_RULE, null, Severity.ERROR).putObject("help").put("text", Linter.REF_HINT);
            report.notRead().forEach(input -> log.inputNotRead(input.path(), input.cause()));
            for (LintFinding finding : report.findings()) {
                SarifLog.Result result = log.result(finding.ruleId(), finding.severity(),
                        finding.message() + " (fix: " + finding.hint() + ")", finding.path(), finding.line(), finding.column());
                if (!finding.pointer().isEmpty()) {
                    result.logicalLocation(finding.pointer());
                }
                result.fingerprint("wfiFinding/v1", finding.fingerprint());
            }
            log.write(out);
        }
    },
    /** GitHub Actions workflow commands: each finding becomes an annotation on its line of the pull request. */
    GITHUB {
        @Override
        public void write(LintReport report, PrintWriter out) {
            for (LintFinding finding : report.findings()) {
                out.println(GithubAnnotation.line(finding.severity(), finding.path(), finding.line(), finding.column(),
                        finding.ruleId(), finding.message() + " (fix: " + finding.hint() + ")"));
            }
            for (LintReport.NotRead input : report.notRead()) {
                out.println(GithubAnnotation.line(Severity.ERROR, input.path(), 0, 0, "not linted", input.cause()));
            }
            out.println(summary(report));
        }
    };

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public abstract void write(LintReport report, PrintWriter out);

    @Override
    public String label() {
        return name().toLowerCase(Locale.ROOT);
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

    private static String json(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
