package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code wfi lint} on the rule fixtures of spec-checks (each states its rule, line and exit code on its first line),
 * on our own spec, and in every format.
 */
class LintCommandTest {

    static final Path FIXTURES = Path.of("../spec-checks/src/test/resources/lint");
    static final Path OUR_SPEC = Path.of(System.getProperty("wfi.spec", "../spec/workforceIntegration.yaml"));
    private static final Pattern EXPECT = Pattern.compile("# expect: (?:(\\S+) at line (\\d+)|no findings|usage error), exit (\\d)");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path temp;

    private static Run lint(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "lint";
        System.arraycopy(args, 0, all, 1, args.length);
        return Run.wfi(new Wfi(), all);
    }

    @TestFactory
    Stream<DynamicTest> eachFixtureExitsWithItsCodeAndNamesItsRuleAndLine() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                        Matcher expect = EXPECT.matcher(Files.readAllLines(file).get(0));
                        assertTrue(expect.lookingAt(), file + " states no expectation");
                        Run run = lint("--config", config("lint: {}").toString(), file.toString());
                        assertEquals(Integer.parseInt(expect.group(3)), run.exitCode(), run.out() + run.err());
                        if (expect.group(1) != null) {
                            assertTrue(run.out().contains(file + ":" + expect.group(2) + ":"), run.out());
                            assertTrue(run.out().lines().anyMatch(line -> line.startsWith(file + ":" + expect.group(2) + ":")
                                    && line.contains("  " + expect.group(1) + "  ")), run.out());
                        }
                        if (run.exitCode() == 2) {
                            assertEquals("wfi: " + file + ": not an OpenAPI document (no top-level 'openapi' field)\n", run.err());
                        }
                    }));
        }
    }

    private Path config(String text) throws IOException {
        return Files.writeString(temp.resolve("config-" + System.nanoTime() + ".yaml"), text);
    }

    @Test
    void ourOwnSpecLintsCleanAtFailOnWarning() {
        Run run = lint("--fail-on", "warning", OUR_SPEC.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals("0 errors, 0 warnings, 0 notes in 1 file\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void aWarningFailsOnlyAtFailOnWarning() {
        String spec = FIXTURES.resolve("unused-component.yaml").toString();
        assertEquals(0, lint(spec).exitCode());
        assertEquals(1, lint("--fail-on", "warning", spec).exitCode());
        assertEquals(0, lint("--fail-on", "never", FIXTURES.resolve("secret-not-write-only.yaml").toString()).exitCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"secret-not-write-only.yaml", "clean.yaml", "yaml-syntax-error.yaml", "parser-message.yaml"})
    void sarifIsValidSarif210(String fixture) throws Exception {
        Run run = lint("--format", "sarif", "--fail-on", "never", FIXTURES.resolve(fixture).toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode sarif = MAPPER.readTree(run.out());
        List<Error> errors = SarifSchemaTest.sarifSchema().validate(sarif);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
        assertEquals(fixture.equals("clean.yaml") ? 0 : 1, sarif.at("/runs/0/results").size());
    }

    @Test
    void sarifOfOurSpecIsValidAndEmpty() throws Exception {
        Run run = lint("--format", "sarif", OUR_SPEC.toString());
        JsonNode sarif = MAPPER.readTree(run.out());
        assertEquals(List.of(), SarifSchemaTest.sarifSchema().validate(sarif).stream().map(Error::toString).toList());
        assertEquals(0, sarif.at("/runs/0/results").size());
    }

    @Test
    void githubFormatAnnotatesTheLine() {
        Path spec = FIXTURES.resolve("secret-not-write-only.yaml");
        Run run = lint("--format", "github", spec.toString());
        assertEquals(1, run.exitCode());
        assertEquals("::error file=" + spec + ",line=33,col=9,title=WFI-SPEC-SECRET-WRITE-ONLY::property 'secret' looks like"
                + " a secret but is not writeOnly (fix: mark the property writeOnly: true so responses never carry it)\n"
                + "1 error, 0 warnings, 0 notes in 1 file\n", run.out());
    }

    @Test
    void jsonFormatCarriesRuleLineAndPointer() throws Exception {
        Run run = lint("--format", "json", FIXTURES.resolve("secret-not-write-only.yaml").toString());
        JsonNode json = MAPPER.readTree(run.out());
        assertEquals("WFI-SPEC-SECRET-WRITE-ONLY", json.at("/findings/0/ruleId").asText());
        assertEquals(33, json.at("/findings/0/line").asInt());
        assertEquals("/components/schemas/item/properties/secret", json.at("/findings/0/pointer").asText());
    }

    @Test
    void baselineWrittenThenReadSuppressesKnownFindings() throws Exception {
        Path spec = Files.copy(FIXTURES.resolve("secret-not-write-only.yaml"), temp.resolve("api.yaml"));
        Path baseline = temp.resolve("lint-baseline.json");
        Run write = lint("--write-baseline", baseline.toString(), spec.toString());
        assertEquals(0, write.exitCode(), write.err());
        assertEquals("wfi: wrote " + baseline + " (1 findings)\n", write.err());

        Run run = lint("--baseline", baseline.toString(), spec.toString());
        assertEquals(0, run.exitCode(), run.out());
        assertEquals("0 errors, 0 warnings, 0 notes in 1 file (1 suppressed by the baseline)\n", run.out());
    }

    @Test
    void configBesideTheSpecTurnsARuleOff() throws Exception {
        Path spec = Files.copy(FIXTURES.resolve("secret-not-write-only.yaml"), temp.resolve("api.yaml"));
        Files.writeString(temp.resolve(".wfi.yaml"), "lint:\n  rules:\n    WFI-SPEC-SECRET-WRITE-ONLY: off\n");
        assertEquals(0, lint(spec.toString()).exitCode());
    }

    @Test
    void badConfigIsAUsageError() throws Exception {
        Path config = config("lint:\n  rules:\n    WFI-SPEC-SECRET: off\n");
        Run run = lint("--config", config.toString(), FIXTURES.resolve("clean.yaml").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("wfi: " + config + ": unknown rule 'WFI-SPEC-SECRET'; known: WFI-SPEC-YAML, "), run.err());
    }

    @Test
    void missingFileAndDirectoryAreUsageErrors() {
        Path missing = temp.resolve("missing.yaml");
        Run run = lint(missing.toString());
        assertEquals(2, run.exitCode());
        assertEquals("wfi: " + missing + ": no such file or directory\n", run.err());
        assertEquals("wfi: " + temp + ": is a directory\n", lint(temp.toString()).err());
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run run = lint("--format", "html", OUR_SPEC.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("wfi: Invalid value for option '--format': expected one of terminal, json, sarif,"
                + " github but was 'html'\n"), run.err());
    }
}
