package dev.wfi.errata.report;

import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Finding;
import dev.wfi.errata.InputError;
import dev.wfi.report.GithubAnnotation;
import dev.wfi.report.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * The report as GitHub Actions workflow commands: each finding an annotation on its line of the pull request (rule id
 * as title, the fix after the message), each page not read an error on its file, then the totals as plain text.
 */
final class GithubWriter {

    private GithubWriter() {
    }

    static void write(ErrataReport report, Writer out) throws IOException {
        for (Finding finding : report.findings()) {
            String message = finding.fix() == null ? finding.message()
                    : finding.message() + " (fix: " + Page.fixText(finding) + ")";
            out.write(GithubAnnotation.line(finding.severity(), finding.path(), finding.line(), finding.column(),
                    finding.ruleId(), message) + "\n");
        }
        for (InputError error : report.inputErrors()) {
            out.write(GithubAnnotation.line(Severity.ERROR, error.path(), 0, 0, "not read", error.cause()) + "\n");
        }
        out.write(Page.totals(report) + "\n");
        out.flush();
    }
}
