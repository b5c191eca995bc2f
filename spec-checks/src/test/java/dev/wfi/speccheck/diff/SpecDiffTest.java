package dev.wfi.speccheck.diff;

import dev.wfi.report.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wfi.speccheck.lint.SpecInputException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each file under test resources diff/ changes one thing in base.yaml. */
class SpecDiffTest {

    static Path fixture(String name) {
        try {
            return Path.of(SpecDiffTest.class.getResource("/diff/" + name + ".yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DiffReport diff(String name) throws SpecInputException {
        return new SpecDiff("t").compare(fixture("base"), fixture(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "flag-member-removed        | WFI-DIFF-ENUM-MEMBER        | ERROR    | 34 | flag enum kinds: member 'swapRequest' was removed",
        "response-enum-member-added | WFI-DIFF-ENUM-MEMBER        | WARNING  | 38 | enum state: member 'declined' was added to an enum that responses carry; declare it after unknownFutureValue to keep old clients working",
        "evolvable-member-added     | WFI-DIFF-ENUM-MEMBER        | NOTE     | 38 | enum state: evolvable member 'archived' was added after unknownFutureValue",
        "property-became-write-only | WFI-DIFF-PROPERTY-ACCESS    | ERROR    | 29 | item.note became writeOnly: responses no longer carry it",
        "property-became-read-only  | WFI-DIFF-PROPERTY-ACCESS    | ERROR    | 27 | item.name became readOnly: requests can no longer set it",
        "success-status-changed     | WFI-DIFF-SUCCESS-STATUS     | ERROR    | 14 | POST /items answered 201 and now answers 200",
        "property-removed           | WFI-DIFF-PROPERTY-REMOVED   | ERROR    | 29 | item.note was removed",
        "property-renamed           | WFI-DIFF-PROPERTY-REMOVED   | ERROR    | 29 | item.note was renamed to 'comment'",
        "newly-required             | WFI-DIFF-NEWLY-REQUIRED     | ERROR    | 26 | item.name is now required in request bodies",
        "endpoint-removed           | WFI-DIFF-OPENAPI            | ERROR    | 8  | POST /items was removed"})
    void eachChangeIsNamedWithItsImpactAndLine(String name, String ruleId, Severity impact, int line, String message)
            throws Exception {
        DiffReport report = diff(name);
        assertTrue(report.changes().contains(new ApiChange(ruleId, impact,
                        report.changes().stream().filter(c -> c.message().equals(message)).map(ApiChange::location)
                                .findFirst().orElse("?"), line, message)),
                () -> "expected " + ruleId + " " + impact + " at " + line + ": " + message + "; found " + report.changes());
    }

    @Test
    void evolvableMemberIsNotAWarning() throws Exception {
        assertEquals(false, diff("evolvable-member-added").hasAtLeast(Severity.WARNING));
    }

    @Test
    void identicalSpecsHaveNoChanges() throws Exception {
        assertEquals(List.of(), diff("base").changes());
    }

    @Test
    void aSpecThatFailsToParseIsAnErrorNotNoChanges() {
        SpecInputException error = assertThrows(SpecInputException.class, () -> diff("broken-yaml"));
        assertEquals("4:6: while parsing a flow mapping: expected ',' or '}', but got :", error.getMessage());
    }
}
