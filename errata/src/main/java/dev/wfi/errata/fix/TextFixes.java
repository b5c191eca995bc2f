package dev.wfi.errata.fix;

import dev.wfi.errata.Fix;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies fixes to a page's text and changes nothing else: line endings (LF, CRLF or CR, even mixed) and the trailing
 * newline stay as they were, and a line break inside a replacement takes the ending of the line it lands on. Lines
 * and columns are the engine's: 1-based, lines ended as {@link String#lines()} ends them, columns in UTF-16 units.
 */
public final class TextFixes {

    /** The fixed text, the fixes applied, and those left alone because they overlap another or lie outside the text. */
    public record Result(String text, List<Fix> applied, List<Fix> refused) {
    }

    private TextFixes() {
    }

    public static Result apply(String text, Collection<Fix> fixes) {
        List<Integer> starts = lineStarts(text);
        List<Placed> placed = new ArrayList<>();
        List<Fix> refused = new ArrayList<>();
        List<Fix> unchanged = new ArrayList<>();
        // one erratum reported by two findings carries one fix twice
        for (Fix fix : new LinkedHashSet<>(fixes)) {
            List<Placed> spans = new ArrayList<>();
            int found = 0;
            for (Fix.Span span : fix.spans()) {
                int from = offset(text, starts, span.line(), span.column());
                int to = offset(text, starts, span.endLine(), span.endColumn());
                if (from >= 0 && to >= 0 && from <= to) {
                    found++;
                    spans.addAll(edits(text, fix, from, to));
                }
            }
            if (found < fix.spans().size()) {
                refused.add(fix);
            } else if (spans.isEmpty()) {
                unchanged.add(fix); // the text already reads as the fix would make it
            } else {
                placed.addAll(spans);
            }
        }
        placed.sort(Comparator.comparingInt(Placed::from).thenComparingInt(Placed::to));
        // overlapping fixes disagree on the text: neither is certain, so neither is applied, now or on a later run
        Set<Fix> overlapping = new HashSet<>();
        for (int i = 1; i < placed.size(); i++) {
            Placed before = placed.get(i - 1);
            Placed here = placed.get(i);
            if (here.fix() != before.fix()
                    && (here.from() < before.to() || here.from() == before.from() && here.from() == here.to())) {
                overlapping.add(before.fix());
                overlapping.add(here.fix());
            }
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = placed.size() - 1; i >= 0; i--) {
            Placed p = placed.get(i);
            if (!overlapping.contains(p.fix())) {
                out.replace(p.from(), p.to(), withEnding(p.replacement(), endingAt(text, p.from())));
            }
        }
        List<Fix> applied = new ArrayList<>(unchanged);
        for (Placed p : placed) {
            if (!overlapping.contains(p.fix()) && !applied.contains(p.fix())) {
                applied.add(p.fix());
            }
        }
        refused.addAll(overlapping);
        return new Result(out.toString(), applied, refused);
    }

    private record Placed(Fix fix, int from, int to, String replacement) {
    }

    /**
     * What a fix's span changes. A replacement of a line's characters one for one (straightened quotes) changes only
     * the characters that differ, so a fix inside its span that leaves those alone (a query name between two quotes)
     * does not overlap it; any other replacement is the whole span.
     */
    private static List<Placed> edits(String text, Fix fix, int from, int to) {
        String replacement = fix.replacement();
        String written = text.substring(from, to);
        if (to - from != replacement.length() || replacement.indexOf('\n') >= 0 || replacement.indexOf('\r') >= 0
                || written.indexOf('\n') >= 0 || written.indexOf('\r') >= 0) {
            return List.of(new Placed(fix, from, to, replacement));
        }
        List<Placed> changed = new ArrayList<>();
        for (int i = 0; i < replacement.length(); i++) {
            if (written.charAt(i) != replacement.charAt(i)) {
                changed.add(new Placed(fix, from + i, from + i + 1, String.valueOf(replacement.charAt(i))));
            }
        }
        return changed;
    }

    /** Where each line starts, ending lines at CRLF, LF or CR as {@link String#lines()} does. */
    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            }
            if (c == '\r' || c == '\n') {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    /** The offset of (line, column), or -1 when the line does not exist or the column lies past its end. */
    private static int offset(String text, List<Integer> starts, int line, int column) {
        if (line > starts.size()) {
            return -1;
        }
        int start = starts.get(line - 1);
        int end = contentEnd(text, start);
        // one past a line's last character is its end, where an insertion or a whole-line span stops
        if (column - 1 <= end - start) {
            return start + column - 1;
        }
        // a span that takes a line's ending ends at the start of the next line
        return line < starts.size() && column - 1 == starts.get(line) - start ? starts.get(line) : -1;
    }

    private static int contentEnd(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** The ending of the line that holds {@code offset}, or of the last ended line when it has none. */
    private static String endingAt(String text, int offset) {
        int end = contentEnd(text, offset);
        if (end < text.length()) {
            return text.startsWith("\r\n", end) ? "\r\n" : String.valueOf(text.charAt(end));
        }
        int last = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
        if (last < 0) {
            return "\n";
        }
        return last > 0 && text.charAt(last) == '\n' && text.charAt(last - 1) == '\r' ? "\r\n" : String.valueOf(text.charAt(last));
    }

    private static String withEnding(String replacement, String ending) {
        return "\n".equals(ending) ? replacement : replacement.replace("\n", ending);
    }
}
