package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wfi validate} against the bundled contract, with payloads from test resources validate/. */
class ValidateCommandTest {

    @TempDir
    Path temp;

    private static Path payload(String name) throws URISyntaxException {
        return Path.of(ValidateCommandTest.class.getResource("/validate/" + name).toURI());
    }

    private static Run validate(String schema, Path file) {
        return Run.wfi(new Wfi(), "validate", "--schema", schema, file.toString());
    }

    @Test
    void validPayloadExitsZero() throws Exception {
        Path file = payload("valid.json");
        Run run = validate("workforceIntegration", file);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(file + ": valid against workforceIntegration\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void invalidPayloadPrintsEachViolationWithItsPointerAndExitsOne() throws Exception {
        Path file = payload("invalid.json");
        Run run = validate("workforceIntegration", file);
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains(file + ": /apiVersion: expected integer or null, found string '1'\n"), run.out());
        assertTrue(run.out().contains(file + ": /encryption/secret: must be exactly 64 characters, found 5\n"),
                run.out());
        assertTrue(run.out().contains(file + ": /supportedEntities: unknown member 'bogus'; allowed: "), run.out());
        assertTrue(run.out().contains(file + ": /supports-x: unknown property 'supports-x'; it is 'supports'\n"), run.out());
        assertEquals(4, run.out().lines().count(), run.out());
    }

    @Test
    void syntaxErrorNamesLineAndColumnAndExitsOne() throws Exception {
        Path file = payload("broken.json");
        Run run = validate("workforceIntegration", file);
        assertEquals(1, run.exitCode());
        assertEquals("wfi: " + file + ":3:1: Unexpected character ('}' (code 125)): was expecting double-quote"
                + " to start field name\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void trailingContentIsASyntaxError() throws Exception {
        Path file = Files.writeString(temp.resolve("two.json"), "{} {}");
        Run run = validate("workforceIntegration", file);
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("wfi: " + file + ":1:"), run.err());
    }

    @Test
    void emptyFileIsAnInvalidPayload() throws Exception {
        Path file = Files.writeString(temp.resolve("empty.json"), "");
        Run run = validate("workforceIntegration", file);
        assertEquals(1, run.exitCode());
        assertEquals("wfi: " + file + ": empty file, expected a JSON document\n", run.err());
    }

    @Test
    void unknownSchemaExitsTwoListingTheKnownNames() throws Exception {
        Run run = validate("workforceIntegrations", payload("valid.json"));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("wfi: unknown schema 'workforceIntegrations': expected one of "), run.err());
        assertTrue(run.err().contains(", workforceIntegration, "), run.err());
        assertEquals(1, run.err().lines().count());
    }

    @Test
    void missingFileExitsTwo() {
        Path file = temp.resolve("missing.json");
        Run run = validate("workforceIntegration", file);
        assertEquals(2, run.exitCode());
        assertEquals("wfi: " + file + ": no such file or directory\n", run.err());
    }

    @Test
    void directoryExitsTwo() {
        Run run = validate("workforceIntegration", temp);
        assertEquals(2, run.exitCode());
        assertEquals("wfi: " + temp + ": is a directory\n", run.err());
    }

    @Test
    void missingSchemaOptionIsAUsageError() throws Exception {
        Run run = Run.wfi(new Wfi(), "validate", payload("valid.json").toString());
        assertEquals(2, run.exitCode());
        assertEquals("wfi: Missing required option: '--schema=NAME'\nTry 'wfi validate --help' for more information.\n",
                run.err());
    }
}
