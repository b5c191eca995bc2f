package dev.wfi.errata.report;

import dev.wfi.errata.DocumentSummary;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Excerpt;
import dev.wfi.errata.Finding;
import dev.wfi.errata.Fix;
import dev.wfi.errata.InputError;
import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import java.util.List;

/** Hand-built reports the writer tests render; one covers every field, one is hostile. */
final class SampleReports {

    private SampleReports() {
    }

    /**
     * Three pages (one outside the contract), findings of every severity, registered and new, with and without pointer
     * and fix, and one erratum on two pages; the lines around the findings of the first page are quoted.
     */
    static ErrataReport typical() {
        Excerpt quoted = new Excerpt(List.of(
                new Excerpt.Line(135, 1, "  \"encryption\": {", false),
                new Excerpt.Line(136, 1, "    \"protocol\": \"sharedSecret\",", false),
                new Excerpt.Line(137, 1, "    \"secret\": \"SecretValue1\"", false),
                new Excerpt.Line(138, 1, "  },", false),
                new Excerpt.Line(139, 1, "  \"isActive\": true", false),
                new Excerpt.Line(210, 1, "| Свойство | Тип | Описание |", false),
                new Excerpt.Line(211, 1, "|:---|:---|:---|", false),
                new Excerpt.Line(212, 1, "| Имя | String | Имя интеграции. |", false),
                new Excerpt.Line(213, 1, "| isActive | Boolean | Активна ли интеграция. |", false)));
        return new ErrataReport("0.1.0",
                List.of(new DocumentSummary("000_84426a01909ebca0.txt", "ru-RU", "localized-markdown", 8, true, 8, quoted),
                        new DocumentSummary("en/workforce integration.md", "en-US", "markdown", 3),
                        new DocumentSummary("004_c120b9a887704dc1.txt", "en-US", "plain-text", 2, false, 0)),
                List.of(new Finding("WFI-SECRET-ECHO", Kind.SECRET, Severity.ERROR, "000_84426a01909ebca0.txt",
                                137, 5, "000_84426a01909ebca0.txt#2", "/encryption/secret",
                                "response shows the write-only secret", true, new Fix(137, 15, 137, 29, "null")),
                        new Finding("WFI-TRANSLATED-NAME", Kind.TRANSLATION, Severity.WARNING,
                                "000_84426a01909ebca0.txt", 212, 3, null, null,
                                "property table names \"Имя\" where the contract has \"displayName\"", false),
                        new Finding("WFI-UNKNOWN-PROPERTY", Kind.UNKNOWN_PROPERTY, Severity.ERROR,
                                "en/workforce integration.md", 41, 9, "en/workforce integration.md#1",
                                "/supportedEntities", "property 'supportedEntities' is not in workforceIntegration;"
                                + " did you mean 'supports'?", false),
                        new Finding("WFI-PLACEHOLDER", Kind.PLACEHOLDER, Severity.NOTE,
                                "en/workforce integration.md", 58, 1, "en/workforce integration.md#2", "/id",
                                "placeholder value '{id}' left in the example", true),
                        new Finding("WFI-PLACEHOLDER", Kind.PLACEHOLDER, Severity.NOTE,
                                "004_c120b9a887704dc1.txt", 12, 3, "004_c120b9a887704dc1.txt#1", "/id",
                                "placeholder value '{id}' left in the example", false)),
                List.of(new InputError("missing.md", "no such file or directory")));
    }

    /** Document-derived text that would be markup, script or terminal control in an unescaped report. */
    static ErrataReport hostile() {
        String script = "<script>alert(1)</script>\"'&";
        return new ErrataReport("0.1.0",
                List.of(new DocumentSummary("pages/" + script + ".md", "en-US", "markdown", 1, true, 1,
                        new Excerpt(List.of(new Excerpt.Line(3, 1, "  \"a|b\": \"" + script + "\u202E\"", false))))),
                List.of(new Finding("WFI-SCHEMA", Kind.SCHEMA, Severity.ERROR, "pages/" + script + ".md", 3, 7,
                        "pages/x.md#1", "/a|b/`c`", "bad value " + script + " | `code` \u001b[31mred\u001b[0m\nnext",
                        false)),
                List.of(new InputError(script, "not UTF-8")));
    }

    /** No pages, no findings. */
    static ErrataReport empty() {
        return new ErrataReport("0.1.0", List.of(), List.of(), List.of());
    }
}
