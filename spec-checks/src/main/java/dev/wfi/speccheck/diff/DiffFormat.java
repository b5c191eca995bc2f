package dev.wfi.speccheck.diff;

import dev.wfi.report.Escape;
import dev.wfi.report.Labelled;
import dev.wfi.report.SarifLog;
import dev.wfi.report.Severity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.speccheck.lint.LintFormat;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.List;

/** How {@code wfi diff} prints its report. */
public enum DiffFormat implements Labelled {
    TERMINAL {
        @Override
        public void write(DiffReport report, PrintWriter out) {
            for (ApiChange change : report.changes()) {
                out.println(String.format(Locale.ROOT, "%-8s  %s  %s:%d  %s", change.impactLabel(), change.ruleId(),
                        path(report, change), change.line(), change.message()));
            }
            out.println(summary(report));
        }
    },
    /** For a pull-request comment: a verdict line and a table of changes, breaking first. */
    MARKDOWN {
        @Override
        public void write(DiffReport report, PrintWriter out) {
            out.println("### API changes: " + (report.count(Severity.ERROR) > 0 ? ":x: breaking" : ":white_check_mark: no breaking changes"));
            out.println();
            out.println(summary(report));
            if (report.changes().isEmpty()) {
                return;
            }
            out.println();
            out.println("| impact | rule | where | change |");
            out.println("|---|---|---|---|");
            for (ApiChange change : report.changes()) {
                out.println("| " + change.impactLabel() + " | `" + change.ruleId() + "` | " + Escape.markdown(path(report, change))
                        + ":" + change.line() + " | " + Escape.markdown(change.message()) + " |");
            }
        }
    },
    /** SARIF 2.1.0: each change a result on its line of the spec it is in. */
    SARIF {
        @Override
        public void write(DiffReport report, PrintWriter out) {
            SarifLog log = new SarifLog("wfi diff", report.toolVersion());
            report.changes().stream().map(ApiChange::ruleId).distinct().sorted()
                    .forEach(rule -> log.rule(rule, null, null));
            for (ApiChange change : report.changes()) {
                log.result(change.ruleId(), change.impact(), change.impactLabel() + ": " + change.message(),
                        path(report, change), change.line(), 0)
                        .logicalLocation(change.location().substring(change.location().indexOf('#') + 1));
            }
            log.write(out);
        }
    },
    JSON {
        @Override
        public void write(DiffReport report, PrintWriter out) {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("schemaVersion", 1);
            root.putObject("tool").put("name", "wfi diff").put("version", report.toolVersion());
            root.put("old", report.oldPath()).put("new", report.newPath());
            ArrayNode changes = root.putArray("changes");
            for (ApiChange change : report.changes()) {
                changes.addObject().put("ruleId", change.ruleId()).put("impact", change.impactLabel())
                        .put("path", path(report, change)).put("line", change.line())
                        .put("pointer", change.location().substring(change.location().indexOf('#') + 1))
                        .put("message", change.message());
            }
            root.putObject("summary").put("breaking", report.count(Severity.ERROR))
                    .put("warnings", report.count(Severity.WARNING)).put("info", report.count(Severity.NOTE));
            try {
                out.println(MAPPER.writeValueAsString(root));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public abstract void write(DiffReport report, PrintWriter out);

    @Override
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<String> aliases() {
        return this == MARKDOWN ? List.of("md") : List.of();
    }

    static String summary(DiffReport report) {
        return report.count(Severity.ERROR) + " breaking, " + LintFormat.plural(report.count(Severity.WARNING), "warning") + ", "
                + LintFormat.plural(report.count(Severity.NOTE), "compatible change");
    }

    /** The file a change is in: the new spec, or the old one for what was removed. */
    static String path(DiffReport report, ApiChange change) {
        return change.location().startsWith("new#") ? report.newPath() : report.oldPath();
    }

}
