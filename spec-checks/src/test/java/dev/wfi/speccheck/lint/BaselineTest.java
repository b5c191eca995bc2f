package dev.wfi.speccheck.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    @TempDir
    Path temp;

    private LintReport lint(Path spec, Baseline baseline) throws SpecInputException {
        return new Linter("t").lint(List.of(spec), Optional.of(LintConfig.DEFAULTS), baseline);
    }

    @Test
    void writtenBaselineSuppressesTheSameFindingsEvenWhenLinesMove() throws Exception {
        Path spec = Files.copy(LintFixturesTest.directory().resolve("secret-not-write-only.yaml"), temp.resolve("api.yaml"));
        LintReport before = lint(spec, Baseline.EMPTY);
        assertEquals(1, before.findings().size());
        Path file = temp.resolve("baseline.json");
        Baseline.of(before.findings()).write(file);

        Files.writeString(spec, "# a new first line moves every finding down\n" + Files.readString(spec));
        LintReport after = lint(spec, Baseline.read(file));
        assertEquals(List.of(), after.findings());
        assertEquals(1, after.suppressed());
    }

    @Test
    void aNewFindingIsNotSuppressed() throws Exception {
        Path spec = Files.copy(LintFixturesTest.directory().resolve("secret-not-write-only.yaml"), temp.resolve("api.yaml"));
        Path file = temp.resolve("baseline.json");
        Baseline.of(lint(spec, Baseline.EMPTY).findings()).write(file);
        Files.writeString(spec, Files.readString(spec).replace("secret: {type: string}", "secret: {type: string}\n        password: {type: string}"));
        LintReport after = lint(spec, Baseline.read(file));
        assertEquals(List.of("property 'password' looks like a secret but is not writeOnly"),
                after.findings().stream().map(LintFinding::message).toList());
    }

    @Test
    void aFileThatIsNoBaselineIsAnInputError() throws Exception {
        Path file = Files.writeString(temp.resolve("baseline.json"), "{\"findings\": 3}");
        SpecInputException error = assertThrows(SpecInputException.class, () -> Baseline.read(file));
        assertEquals("not a wfi lint baseline (expected schemaVersion 1 and a findings array)", error.getMessage());
    }
}
