package dev.wfi.errata;

import dev.wfi.report.Severity;
import java.util.List;

/**
 * The result of one errata run: every document read, every finding (sorted by path, line, column, rule),
 * and the inputs that could not be read. The JSON form is a stable contract: docs/errata-report.schema.json.
 */
public record ErrataReport(
        String toolVersion,
        List<DocumentSummary> documents,
        List<Finding> findings,
        List<InputError> inputErrors) {

    public static final int SCHEMA_VERSION = 1;
    public static final String TOOL_NAME = "wfi";

    public ErrataReport {
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
        inputErrors = List.copyOf(inputErrors);
    }

    public int exampleCount() {
        return documents.stream().mapToInt(DocumentSummary::examples).sum();
    }

    /** Pages that document an operation or resource of the contract. */
    public long contractDocuments() {
        return documents.stream().filter(DocumentSummary::contract).count();
    }

    /** Examples checked against the contract; the rest were checked for syntax only. */
    public int contractExamples() {
        return documents.stream().mapToInt(DocumentSummary::contractExamples).sum();
    }

    /**
     * Findings of one cause copied onto several pages (a page and its translations, an older repository): the same
     * rule, message and fix. Each group lists its findings in report order; a writer fixes the source once.
     */
    public List<List<Finding>> groups() {
        java.util.Map<String, List<Finding>> byCause = new java.util.LinkedHashMap<>();
        for (Finding finding : findings) {
            String key = finding.ruleId() + '\u0000' + finding.message() + '\u0000'
                    + finding.fixOf().map(Fix::replacement).orElse("");
            byCause.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(finding);
        }
        return byCause.values().stream()
                .filter(group -> group.stream().map(Finding::path).distinct().count() > 1)
                .map(List::copyOf).toList();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public List<Finding> findingsIn(String path) {
        return findings.stream().filter(f -> f.path().equals(path)).toList();
    }
}
