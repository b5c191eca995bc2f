package dev.wfi.errata;

import java.util.List;

/**
 * What a writer types instead: the exact text that replaces a span of the page, from ({@code line}, {@code column})
 * up to ({@code endLine}, {@code endColumn}), exclusive, all 1-based. An empty span inserts; an empty replacement
 * deletes. Only certain fixes are given: one the engine cannot be sure of stays a message. {@code alsoAt} lists the
 * other places the same wrong text stands for the same cause (a translated page keeps the English sentence beside its
 * translation), which take the same replacement.
 */
public record Fix(int line, int column, int endLine, int endColumn, String replacement, List<Span> alsoAt) {

    /** A span of the page, as a fix's own. */
    public record Span(int line, int column, int endLine, int endColumn) {
        public Span {
            requireSpan(line, column, endLine, endColumn);
        }
    }

    public Fix {
        requireSpan(line, column, endLine, endColumn);
        java.util.Objects.requireNonNull(replacement, "replacement");
        alsoAt = List.copyOf(alsoAt);
    }

    public Fix(int line, int column, int endLine, int endColumn, String replacement) {
        this(line, column, endLine, endColumn, replacement, List.of());
    }

    /** Inserts {@code text} before ({@code line}, {@code column}). */
    public static Fix insert(int line, int column, String text) {
        return new Fix(line, column, line, column, text);
    }

    /** The fix's spans: its own, then those of {@link #alsoAt}. */
    public List<Span> spans() {
        List<Span> spans = new java.util.ArrayList<>(alsoAt.size() + 1);
        spans.add(new Span(line, column, endLine, endColumn));
        spans.addAll(alsoAt);
        return spans;
    }

    /** The same fix, also at the given places. */
    public Fix alsoAt(List<Span> more) {
        return new Fix(line, column, endLine, endColumn, replacement, more);
    }

    /** Replaces {@code length} characters of one line from {@code column}. */
    public static Fix replace(int line, int column, int length, String replacement) {
        return new Fix(line, column, line, column + length, replacement);
    }

    private static void requireSpan(int line, int column, int endLine, int endColumn) {
        if (line < 1 || column < 1 || endLine < line || endLine == line && endColumn < column) {
            throw new IllegalArgumentException("not a span: " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }
}
