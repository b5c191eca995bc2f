package dev.wfi.errata;

import dev.wfi.report.Severity;
import java.util.Objects;

/**
 * One erratum in one document. {@code line} and {@code column} are 1-based in the file;
 * {@code example} ("page#n") and {@code pointer} (JSON pointer into the example body) may be null
 * for findings that concern prose or tables rather than an example.
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
        boolean registered) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    public Finding withRegistered(boolean isRegistered) {
        return new Finding(ruleId, kind, severity, path, line, column, example, pointer, message, isRegistered);
    }
}
