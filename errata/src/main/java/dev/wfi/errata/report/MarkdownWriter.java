package dev.wfi.errata.report;

import dev.wfi.report.Escape;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Finding;
import dev.wfi.errata.InputError;
import dev.wfi.report.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The report as GitHub-flavoured Markdown: summary table, then one section per page with its findings. */
final class MarkdownWriter {

    private MarkdownWriter() {
    }

    static void write(ErrataReport report, Writer out) throws IOException {
        List<Page> pages = Page.of(report);
        StringBuilder md = new StringBuilder();
        md.append("# Errata report\n\n");
        md.append("wfi ").append(Escape.markdown(report.toolVersion())).append(": ")
                .append(Escape.markdown(Page.totals(report))).append("; ").append(Escape.markdown(Page.scope(report)))
                .append(".\n\n");
        md.append("## Pages\n\n");
        md.append("| Page | Locale | Format | Scope | Examples | Errors | Warnings | Notes |\n");
        md.append("| --- | --- | --- | --- | ---: | ---: | ---: | ---: |\n");
        for (Page page : pages) {
            md.append("| ").append(Escape.markdown(page.path()))
                    .append(" | ").append(Escape.markdown(page.locale()))
                    .append(" | ").append(Escape.markdown(page.format()))
                    .append(" | ").append(Escape.markdown(page.scope()))
                    .append(" | ").append(page.examples())
                    .append(" | ").append(page.count(Severity.ERROR))
                    .append(" | ").append(page.count(Severity.WARNING))
                    .append(" | ").append(page.count(Severity.NOTE)).append(" |\n");
        }
        for (Page page : pages) {
            md.append("\n## ").append(Escape.markdown(page.path())).append("\n\n");
            if (page.findings().isEmpty()) {
                md.append("No findings.\n");
                continue;
            }
            md.append("| Line | Severity | Rule | Kind | Example | Pointer | Message | Fix | Registered |\n");
            md.append("| ---: | --- | --- | --- | --- | --- | --- | --- | --- |\n");
            for (Finding finding : page.findings()) {
                md.append("| ").append(Page.position(finding))
                        .append(" | ").append(finding.severity().label())
                        .append(" | ").append(Escape.markdown(finding.ruleId()))
                        .append(" | ").append(finding.kind().label())
                        .append(" | ").append(Escape.markdown(finding.example()))
                        .append(" | ").append(Escape.markdown(finding.pointer()))
                        .append(" | ").append(Escape.markdown(finding.message()))
                        .append(" | ").append(Escape.markdown(Page.fixText(finding)))
                        .append(" | ").append(finding.registered() ? "yes" : "**new**").append(" |\n");
            }
        }
        List<List<Finding>> groups = report.groups();
        if (!groups.isEmpty()) {
            md.append("\n## The same erratum on several pages\n\n");
            md.append("| Rule | Message | Pages | Where |\n| --- | --- | ---: | --- |\n");
            for (List<Finding> group : groups) {
                md.append("| ").append(Escape.markdown(group.get(0).ruleId()))
                        .append(" | ").append(Escape.markdown(group.get(0).message()))
                        .append(" | ").append(group.stream().map(Finding::path).distinct().count())
                        .append(" | ").append(Escape.markdown(String.join(", ", group.stream()
                                .map(f -> f.path() + ":" + Page.position(f)).toList()))).append(" |\n");
            }
        }
        if (!report.inputErrors().isEmpty()) {
            md.append("\n## Inputs not read\n\n");
            for (InputError error : report.inputErrors()) {
                md.append("- ").append(Escape.markdown(error.path())).append(": ")
                        .append(Escape.markdown(error.cause())).append('\n');
            }
        }
        out.write(md.toString());
        out.flush();
    }
}
