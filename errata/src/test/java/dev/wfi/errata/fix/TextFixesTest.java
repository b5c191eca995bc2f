package dev.wfi.errata.fix;

import dev.wfi.errata.Fix;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextFixesTest {

    @Test
    void aReplacementChangesOnlyItsSpan() {
        TextFixes.Result result = TextFixes.apply("a “b” c\nnext\n", List.of(Fix.replace(1, 3, 3, "\"b\"")));
        assertEquals("a \"b\" c\nnext\n", result.text());
        assertEquals(1, result.applied().size());
    }

    @Test
    void crlfEndingsAndAMissingTrailingNewlineAreKept() {
        String text = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{\r\n}";
        // the blank line goes in before the body, with the line ending the page uses
        TextFixes.Result result = TextFixes.apply(text, List.of(new Fix(3, 1, 3, 1, "\n")));
        assertEquals("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\r\n}", result.text());
    }

    @Test
    void aLoneCarriageReturnEndsALineAsTheEngineReadsIt() {
        TextFixes.Result result = TextFixes.apply("one\rtwo,\rthree", List.of(Fix.replace(2, 4, 1, "")));
        assertEquals("one\rtwo\rthree", result.text());
    }

    @Test
    void fixesApplyBottomUpSoEarlierSpansStayWhereTheFindingsSaid() {
        String text = "x = “1”\ny = “2”\n";
        TextFixes.Result result = TextFixes.apply(text, List.of(Fix.replace(1, 5, 3, "\"1\""), Fix.replace(2, 5, 3, "\"2\""),
                Fix.replace(1, 1, 1, "xx")));
        assertEquals("xx = \"1\"\ny = \"2\"\n", result.text());
    }

    @Test
    void overlappingFixesAreBothLeftAloneAndAFixTwiceIsOne() {
        Fix a = Fix.replace(1, 1, 4, "A");
        Fix b = Fix.replace(1, 3, 4, "B");
        TextFixes.Result result = TextFixes.apply("abcdefgh\n", List.of(a, b, Fix.replace(1, 8, 1, "!"), Fix.replace(1, 8, 1, "!")));
        assertEquals("abcdefg!\n", result.text());
        assertEquals(List.of(a, b), result.refused().stream().sorted(java.util.Comparator.comparingInt(Fix::column)).toList());
    }

    @Test
    void aFixInsideStraightenedQuotesThatLeavesTheQuotesAloneIsAppliedWithThem() {
        // the quote fix spans from the first curly quote to the last, the query fix lies between: they do not disagree
        String text = "  \"url\": \u201chttps://x/requestableShifts?startDateTime=1&endDateTime=2\u201d,\n";
        Fix quotes = Fix.replace(1, 10, 59, "\"https://x/requestableShifts?startDateTime=1&endDateTime=2\"");
        Fix query = Fix.replace(1, 39, 29, "startTime=1&endTime=2");
        TextFixes.Result result = TextFixes.apply(text, List.of(quotes, query));
        assertEquals("  \"url\": \"https://x/requestableShifts?startTime=1&endTime=2\",\n", result.text());
        assertEquals(List.of(quotes, query), result.applied());
        // a second fix of the same characters to other text still disagrees with the first
        Fix other = Fix.replace(1, 10, 1, "'");
        assertEquals(List.of(quotes, other), TextFixes.apply(text, List.of(quotes, other)).refused());
    }

    @Test
    void aSpanOutsideTheTextIsRefused() {
        TextFixes.Result result = TextFixes.apply("short\n", List.of(Fix.replace(1, 3, 10, "x"), Fix.replace(5, 1, 1, "y")));
        assertEquals("short\n", result.text());
        assertEquals(2, result.refused().size());
    }

    @Test
    void aSpanThatRunsOverLinesReplacesThemInTheFilesEndings() {
        String text = "a\r\nb\r\nc\r\n";
        TextFixes.Result result = TextFixes.apply(text, List.of(new Fix(1, 1, 2, 2, "b\na")));
        assertEquals("b\r\na\r\nc\r\n", result.text());
    }
}
