package dev.wfi.speccheck.lint;

import dev.wfi.report.Severity;
import java.util.List;

/** What a lint run found: the findings in file and line order, and how many the baseline suppressed. */
public record LintReport(String toolVersion, List<String> files, List<LintFinding> findings, int suppressed) {

    public LintReport {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }

    public boolean hasAtLeast(Severity threshold) {
        return findings.stream().anyMatch(finding -> finding.severity().atLeast(threshold));
    }
}
