package dev.wfi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledTest {

    private enum Format implements Labelled {
        TERMINAL, MARKDOWN;

        @Override
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public List<String> aliases() {
            return this == MARKDOWN ? List.of("md") : List.of();
        }
    }

    @Test
    void readsLabelsAndAliasesInAnyCase() {
        assertEquals(Format.MARKDOWN, Labelled.parse(Labelled.all(Format.class), "Markdown"));
        assertEquals(Format.MARKDOWN, Labelled.parse(Labelled.all(Format.class), "MD"));
        assertEquals(FailOn.WARNING, Labelled.parse(Labelled.all(FailOn.class), "warning"));
    }

    @Test
    void refusesAnotherValueNamingTheLabels() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Labelled.parse(Labelled.all(Format.class), "html"));
        assertEquals("expected one of terminal, markdown but was 'html'", e.getMessage());
    }

    @Test
    void failOnComparesSeverityOrKnownness() {
        assertEquals(true, FailOn.WARNING.failsOn(Severity.ERROR, true));
        assertEquals(false, FailOn.ERROR.failsOn(Severity.WARNING, false));
        assertEquals(true, FailOn.NEW.failsOn(Severity.NOTE, false));
        assertEquals(false, FailOn.NEVER.failsOn(Severity.ERROR, false));
    }
}
