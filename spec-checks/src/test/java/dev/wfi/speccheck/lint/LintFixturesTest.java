package dev.wfi.speccheck.lint;

import dev.wfi.report.Baseline;
import dev.wfi.report.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One fixture spec per rule under test resources lint/, each stating on its first line what it must produce
 * ({@code # expect: RULE at line N, exit E}); one dynamic test per fixture.
 */
class LintFixturesTest {

    static final Pattern EXPECT = Pattern.compile("# expect: (?:(\\S+) at line (\\d+)|no findings|usage error), exit (\\d)");

    record Fixture(Path file, String ruleId, int line, int exitCode) {

        static Fixture read(Path file) {
            try {
                String first = Files.readAllLines(file).get(0);
                Matcher matcher = EXPECT.matcher(first);
                if (!matcher.lookingAt()) {
                    throw new IllegalStateException(file + ": first line states no expectation: " + first);
                }
                return new Fixture(file, matcher.group(1), matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static Path directory() {
        try {
            return Path.of(LintFixturesTest.class.getResource("/lint/clean.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Fixture> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().map(Fixture::read).toList();
        }
    }

    private static LintReport lint(Path file) throws SpecInputException {
        return new Linter("test").lint(List.of(file), Optional.of(LintConfig.DEFAULTS), Baseline.EMPTY);
    }

    @TestFactory
    Stream<DynamicTest> eachFixtureProducesItsRuleAtItsLine() throws IOException {
        return fixtures().stream().map(fixture -> DynamicTest.dynamicTest(fixture.file().getFileName().toString(), () -> {
            if (fixture.exitCode() == 2) {
                LintReport report = lint(fixture.file());
                assertEquals(List.of(new LintReport.NotRead(fixture.file().toString(),
                        "not an OpenAPI document (no top-level 'openapi' field)")), report.notRead());
                assertEquals(List.of(), report.files());
                return;
            }
            LintReport report = lint(fixture.file());
            if (fixture.ruleId() == null) {
                assertEquals(List.of(), report.findings());
                return;
            }
            assertTrue(report.findings().stream().anyMatch(finding -> finding.ruleId().equals(fixture.ruleId())
                    && finding.line() == fixture.line()), () -> "expected " + fixture.ruleId() + " at line "
                    + fixture.line() + ", found " + report.findings());
            assertEquals(fixture.exitCode() == 1, report.hasAtLeast(Severity.ERROR), report.findings()::toString);
        }));
    }

    @Test
    void everyRuleHasAFixture() throws IOException {
        Set<String> covered = new TreeSet<>();
        fixtures().stream().filter(fixture -> fixture.ruleId() != null).forEach(fixture -> covered.add(fixture.ruleId()));
        Set<String> missing = new TreeSet<>(Linter.ruleIds());
        missing.removeAll(covered);
        assertEquals(Set.of(), missing);
    }

    @Test
    void ourOwnSpecHasNoFindingAtWarningOrAbove() throws SpecInputException {
        Path spec = Path.of(System.getProperty("wfi.spec", "../spec/workforceIntegration.yaml"));
        LintReport report = new Linter("test").lint(List.of(spec), Optional.empty(), Baseline.EMPTY);
        assertEquals(List.of(), report.findings().stream().filter(finding -> finding.severity().atLeast(Severity.WARNING)).toList());
    }
}
