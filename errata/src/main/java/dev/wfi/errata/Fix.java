package dev.wfi.errata;

/**
 * What a writer types instead: the exact text that replaces a span of the page, from ({@code line}, {@code column})
 * up to ({@code endLine}, {@code endColumn}), exclusive, all 1-based. An empty span inserts; an empty replacement
 * deletes. Only certain fixes are given: one the engine cannot be sure of stays a message.
 */
public record Fix(int line, int column, int endLine, int endColumn, String replacement) {

    public Fix {
        if (line < 1 || column < 1 || endLine < line || endLine == line && endColumn < column) {
            throw new IllegalArgumentException("not a span: " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
        java.util.Objects.requireNonNull(replacement, "replacement");
    }

    /** Replaces {@code length} characters of one line from {@code column}. */
    public static Fix replace(int line, int column, int length, String replacement) {
        return new Fix(line, column, line, column + length, replacement);
    }
}
