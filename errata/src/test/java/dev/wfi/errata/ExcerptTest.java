package dev.wfi.errata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wfi.report.Severity;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExcerptTest {

    private static final List<String> PAGE = IntStream.rangeClosed(1, 40).mapToObj(n -> "line " + n).toList();

    private static Finding at(int line, int column, Fix fix) {
        return new Finding("WFI-X", Kind.SYNTAX, Severity.ERROR, "p.md", line, column, null, null, "m", false, fix);
    }

    @Test
    void keepsTwoLinesAroundEachFindingAndNothingElse() {
        Excerpt excerpt = Excerpt.of(PAGE, List.of(at(10, 1, null), at(12, 1, null), at(30, 1, null)));
        assertEquals(List.of(8, 9, 10, 11, 12, 13, 14, 28, 29, 30, 31, 32),
                excerpt.lines().stream().map(Excerpt.Line::number).toList());
        assertEquals(List.of("line 8", "line 9", "line 10", "line 11", "line 12"),
                excerpt.around(at(10, 1, null)).stream().map(Excerpt.Line::text).toList());
    }

    @Test
    void stopsAtTheEdgesOfThePage() {
        Excerpt excerpt = Excerpt.of(PAGE, List.of(at(1, 1, null), at(40, 1, null), at(0, 0, null)));
        assertEquals(List.of(1, 2, 3, 38, 39, 40), excerpt.lines().stream().map(Excerpt.Line::number).toList());
        assertEquals(List.of(), excerpt.around(at(0, 0, null)));
    }

    @Test
    void keepsTheLinesAShortFixReplacesButNotThoseOfALongOne() {
        Finding shortFix = at(5, 1, new Fix(5, 1, 9, 3, "x"));
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10, 11),
                Excerpt.of(PAGE, List.of(shortFix)).lines().stream().map(Excerpt.Line::number).toList());
        Finding longFix = at(5, 1, new Fix(5, 1, 5 + Excerpt.MAX_FIX_LINES, 1, "x"));
        assertEquals(List.of(3, 4, 5, 6, 7),
                Excerpt.of(PAGE, List.of(longFix)).lines().stream().map(Excerpt.Line::number).toList());
    }

    @Test
    void cutsALongLineToAWindowAroundTheColumnsNamed() {
        String longLine = "a".repeat(1000) + "<here>" + "b".repeat(1000);
        Excerpt.Line line = Excerpt.of(List.of(longLine), List.of(at(1, 1001, null))).lines().get(0);
        assertTrue(line.cutBefore() && line.cutAfter(), line.toString());
        assertEquals(Excerpt.WIDTH, line.text().length());
        int at = 1001 - line.firstColumn();
        assertEquals("<here>", line.text().substring(at, at + 6), "the column keeps its place in the window");
    }

    @Test
    void keepsAShortLineWhole() {
        Excerpt.Line line = Excerpt.of(List.of("short"), List.of(at(1, 3, null))).lines().get(0);
        assertEquals(new Excerpt.Line(1, 1, "short", false), line);
        assertFalse(line.cutBefore());
    }

    @Test
    void neverSplitsASurrogatePair() {
        String longLine = "😀".repeat(400);
        Excerpt.Line line = Excerpt.of(List.of(longLine), List.of(at(1, 402, null))).lines().get(0); // an odd index: inside a pair
        assertFalse(Character.isLowSurrogate(line.text().charAt(0)), "starts inside a pair");
        assertFalse(Character.isHighSurrogate(line.text().charAt(line.text().length() - 1)), "ends inside a pair");
    }
}
