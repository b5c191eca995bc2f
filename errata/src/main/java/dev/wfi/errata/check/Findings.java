package dev.wfi.errata.check;

import dev.wfi.errata.Finding;
import dev.wfi.errata.Fix;
import dev.wfi.errata.extract.DocumentedExample;
import dev.wfi.errata.extract.JsonLocation;
import dev.wfi.report.Severity;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one page; every finding names the page, a line and, where it has one, the example. */
public final class Findings {

    private final String path;
    private final List<Finding> found = new ArrayList<>();

    public Findings(String path) {
        this.path = path;
    }

    /** A finding on a page line, outside any example. */
    public void add(Rule rule, Severity severity, int line, int column, String message) {
        add(rule, severity, null, line, column, null, message, null);
    }

    /** A finding on a page line outside any example, with the text that replaces what is wrong. */
    public void add(Rule rule, Severity severity, int line, int column, String message, Fix fix) {
        add(rule, severity, null, line, column, null, message, fix);
    }

    /** A finding on a token of an example body. */
    public void add(Rule rule, Severity severity, DocumentedExample example, JsonLocation at, String pointer, String message) {
        add(rule, severity, example, at.line(), at.column(), pointer, message, null);
    }

    /** A finding on a token of an example body, with its replacement. */
    public void add(Rule rule, Severity severity, DocumentedExample example, JsonLocation at, String pointer, String message,
                    Fix fix) {
        add(rule, severity, example, at.line(), at.column(), pointer, message, fix);
    }

    /** A finding on a line of an example that is not in its body (start line, headers). */
    public void add(Rule rule, Severity severity, DocumentedExample example, int line, int column, String message) {
        add(rule, severity, example, line, column, null, message, null);
    }

    /** A finding on a line of an example outside its body, with its replacement. */
    public void add(Rule rule, Severity severity, DocumentedExample example, int line, int column, String message, Fix fix) {
        add(rule, severity, example, line, column, null, message, fix);
    }

    private void add(Rule rule, Severity severity, DocumentedExample example, int line, int column, String pointer,
                     String message, Fix fix) {
        found.add(new Finding(rule.id(), rule.kind(), severity, path, line, Math.max(column, 1),
                example == null ? null : example.id(), pointer, message, false, fix));
    }

    public List<Finding> list() {
        return List.copyOf(found);
    }
}
