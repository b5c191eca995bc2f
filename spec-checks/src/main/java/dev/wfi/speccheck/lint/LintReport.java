package dev.wfi.speccheck.lint;

import dev.wfi.report.Severity;
import java.util.List;

/**
 * What a lint run found: the findings in file and line order, how many the baseline suppressed, and the specs that
 * could not be linted at all.
 */
public record LintReport(String toolVersion, List<String> files, List<LintFinding> findings, int suppressed,
        List<NotRead> notRead) {

    public LintReport {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
        notRead = List.copyOf(notRead);
    }

    public LintReport(String toolVersion, List<String> files, List<LintFinding> findings, int suppressed) {
        this(toolVersion, files, findings, suppressed, List.of());
    }

    /** A spec that was not linted, and why ("no such file or directory", "refused: ..."). */
    public record NotRead(String path, String cause) {
    }

    public long count(Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }

    public boolean hasAtLeast(Severity threshold) {
        return findings.stream().anyMatch(finding -> finding.severity().atLeast(threshold));
    }
}
