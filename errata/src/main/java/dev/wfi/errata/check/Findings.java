package dev.wfi.errata.check;

import dev.wfi.errata.Finding;
import dev.wfi.report.Severity;
import dev.wfi.errata.extract.DocumentedExample;
import dev.wfi.errata.extract.JsonLocation;

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
        found.add(new Finding(rule.id(), rule.kind(), severity, path, line, Math.max(column, 1), null, null, message, false));
    }

    /** A finding on a token of an example body. */
    public void add(Rule rule, Severity severity, DocumentedExample example, JsonLocation at, String pointer, String message) {
        found.add(new Finding(rule.id(), rule.kind(), severity, path, at.line(), at.column(), example.id(), pointer,
                message, false));
    }

    /** A finding on a line of an example that is not in its body (start line, headers). */
    public void add(Rule rule, Severity severity, DocumentedExample example, int line, int column, String message) {
        found.add(new Finding(rule.id(), rule.kind(), severity, path, line, Math.max(column, 1), example.id(), null,
                message, false));
    }

    public List<Finding> list() {
        return List.copyOf(found);
    }
}
