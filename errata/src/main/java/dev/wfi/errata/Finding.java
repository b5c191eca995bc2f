package dev.wfi.errata;

import dev.wfi.report.Baseline;
import dev.wfi.report.Severity;
import java.util.Objects;

/**
 * One erratum in one document. {@code line} and {@code column} are 1-based in the file;
 * {@code example} ("page#n") and {@code pointer} (JSON pointer into the example body) may be null
 * for findings that concern prose or tables rather than an example. {@code fix}, where the engine is sure of one,
 * is the text that replaces a span of the page.
 */
public record Finding(
        String ruleId,
        Kind kind,
        Severity severity,
        String path,
        int line,
        int column,
        String example,
        String pointer,
        String message,
        boolean registered,
        Fix fix) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** A finding without a fix. */
    public Finding(String ruleId, Kind kind, Severity severity, String path, int line, int column, String example,
                   String pointer, String message, boolean registered) {
        this(ruleId, kind, severity, path, line, column, example, pointer, message, registered, null);
    }

    public Finding withRegistered(boolean isRegistered) {
        return new Finding(ruleId, kind, severity, path, line, column, example, pointer, message, isRegistered, fix);
    }

    /**
     * What a baseline remembers of it: rule, path, pointer and message, no line, so text added above it keeps it known.
     * The SARIF report's fingerprint is made of the same four.
     */
    public Baseline.Entry baselineEntry() {
        return new Baseline.Entry(ruleId, path, pointer, message);
    }

    public java.util.Optional<Fix> fixOf() {
        return java.util.Optional.ofNullable(fix);
    }
}
