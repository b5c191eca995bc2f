package dev.wfi.speccheck.diff;

import dev.wfi.report.Severity;

/**
 * One difference between two versions of a spec: the rule that saw it, its impact, where (a JSON pointer into the new
 * spec, or into the old one for something removed, with its line there) and what changed.
 */
public record ApiChange(String ruleId, Severity impact, String location, int line, String message) {

    /** What diff calls each severity: a change that breaks clients is "breaking", a compatible one "info". */
    public String impactLabel() {
        return switch (impact) {
            case ERROR -> "breaking";
            case WARNING -> "warning";
            case NOTE -> "info";
        };
    }
}
