package dev.wfi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class EscapeTest {

    @Property
    void escapedHtmlHasNoMarkup(@ForAll String text) {
        String escaped = Escape.html(text);
        assertFalse(escaped.contains("<") || escaped.contains(">") || escaped.contains("\"")
                || escaped.contains("'"), escaped);
    }

    @Property
    void escapedMarkdownCellNeverEndsTheCellOrTheRow(@ForAll String text) {
        String cell = Escape.markdown(text);
        assertFalse(cell.contains("\n") || cell.contains("\r") || cell.contains("<"), cell);
        assertFalse(cell.replace("\\\\", "").replace("\\|", "").contains("|"), cell);
    }

    @Test
    void markdownCellKeepsPipesBackticksAngleBracketsAndNewlinesAsText() {
        assertEquals("a \\| b \\`c\\` &lt;d&gt; e", Escape.markdown("a | b `c` <d>\ne"));
    }

    @Property
    void terminalTextHasNoControlCharacters(@ForAll String text) {
        assertFalse(Escape.terminal(text).chars().anyMatch(Character::isISOControl), text);
    }

    /** Issue 14, 13: a right-to-left override from a page reached terminal, Markdown and HTML output as it was. */
    @Test
    void bidiControlsAndZeroWidthCharactersAreShownAsVisibleEscapes() {
        String page = "invoice" + (char) 0x202E + "fdp.exe" + (char) 0x200B + (char) 0x2066;
        assertEquals("invoice\\u202Efdp.exe\\u200B\\u2066", Escape.terminal(page));
        assertEquals("invoice\\u202Efdp.exe\\u200B\\u2066", Escape.html(page));
        assertEquals("invoice\\\\u202Efdp.exe\\\\u200B\\\\u2066", Escape.markdown(page));
    }

    @Property
    void noFormOfTheTextCarriesABidiControl(@ForAll String text) {
        for (String escaped : new String[] {Escape.terminal(text), Escape.html(text), Escape.markdown(text)}) {
            assertFalse(escaped.chars().anyMatch(c -> c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
                    || c == 0x200E || c == 0x200F || c == 0x061C), escaped);
        }
    }
}
