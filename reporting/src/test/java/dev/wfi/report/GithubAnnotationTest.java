package dev.wfi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class GithubAnnotationTest {

    @Test
    void escapesWhatWouldEndThePropertiesOrTheMessage() {
        assertEquals("::error file=docs/a%2Cb%3Ac.md,line=3,col=7,title=WFI-X%3AY::100%25 sure: a, b%0D%0Anext",
                GithubAnnotation.line(Severity.ERROR, "docs\\a,b:c.md", 3, 7, "WFI-X:Y", "100% sure: a, b\r\nnext"));
    }

    @Test
    void aNoteIsANoticeAndAFindingWithoutALineAnnotatesTheFile() {
        assertEquals("::notice file=a.md,title=R::m", GithubAnnotation.line(Severity.NOTE, "a.md", 0, 0, "R", "m"));
        assertEquals("::warning file=a.md,line=2,title=R::m", GithubAnnotation.line(Severity.WARNING, "a.md", 2, 0, "R", "m"));
    }

    @Property
    void aPropertyNeverEndsEarlyAndTheRunnerReadsItBack(@ForAll String text) {
        String property = GithubAnnotation.property(text);
        assertFalse(property.contains(",") || property.contains(":") || property.contains("\n") || property.contains("\r"),
                property);
        assertEquals(text, runnerUnescapesProperty(property));
    }

    @Property
    void aMessageIsOneLineAndTheRunnerReadsItBack(@ForAll String text) {
        String data = GithubAnnotation.data(text);
        assertFalse(data.contains("\n") || data.contains("\r"), data);
        assertEquals(text, runnerUnescapesData(data));
    }

    /** As actions/runner's ActionCommand.UnescapeProperty: the escapes in reverse, %25 last. */
    private static String runnerUnescapesProperty(String value) {
        return value.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
    }

    /** As actions/runner's ActionCommand.UnescapeData. */
    private static String runnerUnescapesData(String value) {
        return value.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
    }
}
