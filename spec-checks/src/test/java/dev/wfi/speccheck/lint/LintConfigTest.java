package dev.wfi.speccheck.lint;

import dev.wfi.report.Baseline;
import dev.wfi.report.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintConfigTest {

    @TempDir
    Path temp;

    private Path fixture(String name, Path dir) throws Exception {
        Files.createDirectories(dir);
        return Files.copy(LintFixturesTest.directory().resolve(name), dir.resolve(name));
    }

    @Test
    void nearestConfigAboveTheSpecTurnsARuleOff() throws Exception {
        Path spec = fixture("unused-component.yaml", temp.resolve("api/v1"));
        Files.writeString(temp.resolve(".wfi.yaml"), "lint:\n  rules:\n    WFI-SPEC-UNUSED-COMPONENT: off\n");
        LintReport report = new Linter("t").lint(List.of(spec), Optional.empty(), Baseline.EMPTY);
        assertEquals(List.of(), report.findings());
    }

    @Test
    void configChangesASeverity() throws Exception {
        Path spec = fixture("unused-component.yaml", temp);
        Path config = Files.writeString(temp.resolve("strict.yaml"), "lint:\n  rules:\n    WFI-SPEC-UNUSED-COMPONENT: error\n");
        LintReport report = new Linter("t").lint(List.of(spec), Optional.of(LintConfig.load(config)), Baseline.EMPTY);
        assertEquals(Severity.ERROR, report.findings().get(0).severity());
    }

    @Test
    void unknownRuleIsAnInputErrorNamingTheKnownOnes() throws Exception {
        Path config = Files.writeString(temp.resolve(".wfi.yaml"), "lint:\n  rules:\n    WFI-SPEC-NOPE: off\n");
        SpecInputException error = assertThrows(SpecInputException.class, () -> LintConfig.load(config));
        assertEquals("unknown rule 'WFI-SPEC-NOPE'; known: " + String.join(", ", Linter.ruleIds()), error.getMessage());
    }

    @Test
    void unknownSeverityIsAnInputError() throws Exception {
        Path config = Files.writeString(temp.resolve(".wfi.yaml"), "lint:\n  rules:\n    WFI-SPEC-SECURITY: fatal\n");
        SpecInputException error = assertThrows(SpecInputException.class, () -> LintConfig.load(config));
        assertEquals("rule WFI-SPEC-SECURITY: expected one of error, warning, note, off but was 'fatal'", error.getMessage());
    }
}
