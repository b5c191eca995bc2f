package dev.wfi.speccheck.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wfi.report.Baseline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared baseline ({@link Baseline}) as {@code wfi lint} uses it: keyed by file name, rule, pointer and message. */
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
        Baseline.of(before.findings(), LintFinding::baselineEntry).write(file);

        Files.writeString(spec, "# a new first line moves every finding down\n" + Files.readString(spec));
        LintReport after = lint(spec, Baseline.parse(Files.readString(file)));
        assertEquals(List.of(), after.findings());
        assertEquals(1, after.suppressed());
    }

    @Test
    void aNewFindingIsNotSuppressed() throws Exception {
        Path spec = Files.copy(LintFixturesTest.directory().resolve("secret-not-write-only.yaml"), temp.resolve("api.yaml"));
        Path file = temp.resolve("baseline.json");
        Baseline.of(lint(spec, Baseline.EMPTY).findings(), LintFinding::baselineEntry).write(file);
        Files.writeString(spec, Files.readString(spec).replace("secret: {type: string}", "secret: {type: string}\n        password: {type: string}"));
        LintReport after = lint(spec, Baseline.parse(Files.readString(file)));
        assertEquals(List.of("property 'password' looks like a secret but is not writeOnly"),
                after.findings().stream().map(LintFinding::message).toList());
    }
}
