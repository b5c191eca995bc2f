package dev.wfi.speccheck.lint;

import dev.wfi.report.Severity;

/**
 * One problem in a spec: which rule, how bad, where (file, 1-based line and column, JSON pointer into the
 * document) and what to do about it.
 */
public record LintFinding(String ruleId, Severity severity, String path, int line, int column, String pointer,
        String message, String hint) {

    /** What a baseline remembers: no line or column, so edits elsewhere in the file keep it suppressed. */
    String fingerprint() {
        String file = path.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        return ruleId + '|' + file + '|' + pointer + '|' + message;
    }
}
