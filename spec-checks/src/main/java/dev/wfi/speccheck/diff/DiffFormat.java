package dev.wfi.speccheck.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.speccheck.lint.LintFormat;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How {@code wfi diff} prints its report. */
public enum DiffFormat {
    TERMINAL {
        @Override
        public void write(DiffReport report, PrintWriter out) {
            for (ApiChange change : report.changes()) {
                out.println(String.format(Locale.ROOT, "%-8s  %s  %s:%d  %s", change.impact().label(), change.ruleId(),
                        path(report, change), change.line(), change.message()));
            }
            out.println(summary(report));
        }
    },
    /** For a pull-request comment: a verdict line and a table of changes, breaking first. */
    MARKDOWN {
        @Override
        public void write(DiffReport report, PrintWriter out) {
            out.println("### API changes: " + (report.count(Impact.BREAKING) > 0 ? ":x: breaking" : ":white_check_mark: no breaking changes"));
            out.println();
            out.println(summary(report));
            if (report.changes().isEmpty()) {
                return;
            }
            out.println();
            out.println("| impact | rule | where | change |");
            out.println("|---|---|---|---|");
            for (ApiChange change : report.changes()) {
                out.println("| " + change.impact().label() + " | `" + change.ruleId() + "` | `" + cell(path(report, change))
                        + ":" + change.line() + "` | " + cell(change.message()) + " |");
            }
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
                changes.addObject().put("ruleId", change.ruleId()).put("impact", change.impact().label())
                        .put("path", path(report, change)).put("line", change.line())
                        .put("pointer", change.location().substring(change.location().indexOf('#') + 1))
                        .put("message", change.message());
            }
            root.putObject("summary").put("breaking", report.count(Impact.BREAKING))
                    .put("warnings", report.count(Impact.WARNING)).put("info", report.count(Impact.INFO));
            try {
                out.println(MAPPER.writeValueAsString(root));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public abstract void write(DiffReport report, PrintWriter out);

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DiffFormat fromLabel(String label) {
        for (DiffFormat format : values()) {
            if (format.label().equalsIgnoreCase(label) || format == MARKDOWN && "md".equalsIgnoreCase(label)) {
                return format;
            }
        }
        throw new IllegalArgumentException("expected one of " + labels() + " but was '" + label + "'");
    }

    public static String labels() {
        return Arrays.stream(values()).map(DiffFormat::label).collect(Collectors.joining(", "));
    }

    static String summary(DiffReport report) {
        return report.count(Impact.BREAKING) + " breaking, " + LintFormat.plural(report.count(Impact.WARNING), "warning") + ", "
                + LintFormat.plural(report.count(Impact.INFO), "compatible change");
    }

    /** The file a change is in: the new spec, or the old one for what was removed. */
    static String path(DiffReport report, ApiChange change) {
        return change.location().startsWith("new#") ? report.newPath() : report.oldPath();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
