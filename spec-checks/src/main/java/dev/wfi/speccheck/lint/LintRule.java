package dev.wfi.speccheck.lint;

import dev.wfi.report.Severity;

/** One check over a spec, with a stable id, a default severity and a hint saying how to fix what it finds. */
interface LintRule {

    String id();

    Severity severity();

    /** How to fix a finding of this rule, in one sentence. */
    String hint();

    void check(SpecDocument spec, Sink sink);

    /** Where a rule reports: a JSON pointer into the document and a message. */
    @FunctionalInterface
    interface Sink {
        void report(String pointer, String message);
    }
}
