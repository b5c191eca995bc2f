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
}
