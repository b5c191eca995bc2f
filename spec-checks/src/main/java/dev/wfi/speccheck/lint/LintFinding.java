package dev.wfi.speccheck.lint;

import dev.wfi.report.Baseline;
import dev.wfi.report.Severity;

/**
 * One problem in a spec: which rule, how bad, where (file, 1-based line and column, JSON pointer into the
 * document) and what to do about it.
 */
public record LintFinding(String ruleId, Severity severity, String path, int line, int column, String pointer,
        String message, String hint) {

    /** What a baseline remembers: the file's name, no line or column, so edits elsewhere in it keep it known. */
    public Baseline.Entry baselineEntry() {
        String file = path.replace('\\', '/');
        return new Baseline.Entry(ruleId, file.substring(file.lastIndexOf('/') + 1), pointer, message);
    }

    /** SARIF's partial fingerprint: the baseline's key, so code scanning and the baseline agree on identity. */
    String fingerprint() {
        Baseline.Entry entry = baselineEntry();
        return entry.ruleId() + '|' + entry.file() + '|' + entry.pointer() + '|' + entry.message();
    }
}
