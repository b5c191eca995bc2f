package dev.wfi.errata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The lines of a page near its findings, kept when the page is checked so a report can quote them after the page is
 * let go: {@link #CONTEXT} lines around each finding and the lines its fix replaces. A long line keeps only a window
 * around the columns its findings name, so an excerpt costs a few hundred characters a finding, whatever the page.
 * {@code overBudget}: the lines were not kept, the run having kept as many as its budget allows.
 */
public record Excerpt(List<Line> lines, boolean overBudget) {

    /** Lines shown before and after a finding's line (and after the end of its fix). */
    public static final int CONTEXT = 2;

    /** A fix that replaces more lines than this is quoted by its replacement alone. */
    public static final int MAX_FIX_LINES = 12;

    /** Characters kept of a long line, around the columns its findings name. */
    static final int WIDTH = 240;

    /** Characters kept before the first column named on a long line. */
    private static final int LEAD = 60;

    public static final Excerpt NONE = new Excerpt(List.of());

    /** None, because the run had kept as many lines as its budget allows. */
    public static final Excerpt OVER_BUDGET = new Excerpt(List.of(), true);

    /**
     * One line of the page: its 1-based number, the column of the page its text starts at (above 1 when the start was
     * cut) and whether its end was cut.
     */
    public record Line(int number, int firstColumn, String text, boolean cutAfter) {

        public boolean cutBefore() {
            return firstColumn > 1;
        }
    }

    public Excerpt {
        lines = List.copyOf(lines);
    }

    public Excerpt(List<Line> lines) {
        this(lines, false);
    }

    /** The characters the excerpt keeps. */
    public long characters() {
        return lines.stream().mapToLong(line -> line.text().length()).sum();
    }

    /** The lines of {@code pageLines} (the page, line 1 first) that the reports quote for {@code findings}. */
    public static Excerpt of(List<String> pageLines, List<Finding> findings) {
        TreeMap<Integer, int[]> columns = new TreeMap<>(); // line -> lowest and highest column named on it
        for (Finding finding : findings) {
            if (finding.line() < 1) {
                continue;
            }
            int last = shownUntil(finding);
            for (int n = Math.max(1, finding.line() - CONTEXT); n <= Math.min(pageLines.size(), last + CONTEXT); n++) {
                columns.putIfAbsent(n, new int[] {Integer.MAX_VALUE, 0});
            }
            name(columns, finding.line(), finding.column());
            finding.fixOf().ifPresent(fix -> {
                name(columns, fix.line(), fix.column());
                name(columns, fix.endLine(), fix.endColumn());
            });
        }
        List<Line> kept = new ArrayList<>(columns.size());
        columns.forEach((n, named) -> {
            if (n <= pageLines.size()) {
                kept.add(window(n, pageLines.get(n - 1), named));
            }
        });
        return new Excerpt(kept);
    }

    /** The last line a finding's quote shows: the end of its fix when the fix is short enough to show applied. */
    static int shownUntil(Finding finding) {
        return finding.fixOf()
                .filter(fix -> fix.endLine() - fix.line() < MAX_FIX_LINES)
                .map(fix -> Math.max(finding.line(), fix.endLine()))
                .orElse(finding.line());
    }

    /** The kept lines from {@code first} to {@code last}, in order; lines not kept are left out. */
    public List<Line> between(int first, int last) {
        int from = Collections.binarySearch(lines.stream().map(Line::number).toList(), first);
        List<Line> out = new ArrayList<>();
        for (int i = from >= 0 ? from : -from - 1; i < lines.size() && lines.get(i).number() <= last; i++) {
            out.add(lines.get(i));
        }
        return out;
    }

    /** Line {@code number}, when it was kept. */
    public Optional<Line> line(int number) {
        List<Line> one = between(number, number);
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    /** The lines a report quotes around {@code finding}: its context and, when it is short, its fix's span. */
    public List<Line> around(Finding finding) {
        return finding.line() < 1 ? List.of() : between(finding.line() - CONTEXT, shownUntil(finding) + CONTEXT);
    }

    private static void name(TreeMap<Integer, int[]> columns, int line, int column) {
        int[] named = columns.get(line);
        if (named != null) {
            named[0] = Math.min(named[0], column);
            named[1] = Math.max(named[1], column);
        }
    }

    private static Line window(int number, String text, int[] named) {
        if (text.length() <= WIDTH) {
            return new Line(number, 1, text, false);
        }
        int low = named[1] == 0 ? 1 : named[0];
        int high = named[1] == 0 ? 1 : named[1];
        int start = Math.max(0, Math.min(low - 1 - LEAD, text.length() - WIDTH));
        int end = Math.min(text.length(), Math.max(start + WIDTH, high - 1 + LEAD));
        if (Character.isLowSurrogate(text.charAt(start)) && start > 0) {
            start--; // never split a character the page wrote as a surrogate pair
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        return new Line(number, start + 1, text.substring(start, end), end < text.length());
    }
}
