package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wfi diff} on the change fixtures of spec-checks and on our own spec. */
class DiffCommandTest {

    private static final Path FIXTURES = Path.of("../spec-checks/src/test/resources/diff");
    private static final Path BASE = FIXTURES.resolve("base.yaml");

    @TempDir
    Path temp;

    private static Run diff(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "diff";
        System.arraycopy(args, 0, all, 1, args.length);
        return Run.wfi(new Wfi(), all);
    }

    @Test
    void ourSpecAgainstItselfHasNoChanges() {
        String spec = LintCommandTest.OUR_SPEC.toString();
        Run run = diff(spec, spec);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("0 breaking, 0 warnings, 0 compatible changes\n", run.out());
    }

    @Test
    void mdIsAnAliasOfMarkdown() {
        Path changed = FIXTURES.resolve("flag-member-removed.yaml");
        Run markdown = diff("--format", "markdown", BASE.toString(), changed.toString());
        Run md = diff("--format", "MD", BASE.toString(), changed.toString());
        assertEquals(markdown.out(), md.out());
        assertTrue(md.out().startsWith("### API changes: :x: breaking"), md.out());
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheFormats() {
        Run run = diff("--format", "html", BASE.toString(), BASE.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("expected one of terminal, markdown, sarif, json but was 'html'"), run.err());
    }

    @Test
    void aBreakingChangeExitsOne() {
        Path changed = FIXTURES.resolve("flag-member-removed.yaml");
        Run run = diff(BASE.toString(), changed.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("breaking  WFI-DIFF-OPENAPI  " + changed + ":8  POST /items changed incompatibly in request body (openapi-diff)\n"
                + "breaking  WFI-DIFF-ENUM-MEMBER  " + BASE + ":34  flag enum kinds: member 'swapRequest' was removed\n"
                + "2 breaking, 0 warnings, 0 compatible changes\n", run.out());
    }

    @Test
    void aWarningFailsOnlyAtFailOnWarning() {
        String changed = FIXTURES.resolve("response-enum-member-added.yaml").toString();
        assertEquals(0, diff(BASE.toString(), changed).exitCode());
        assertEquals(1, diff("--fail-on", "warning", BASE.toString(), changed).exitCode());
        assertEquals(0, diff("--fail-on", "never", BASE.toString(), FIXTURES.resolve("property-removed.yaml").toString()).exitCode());
    }

    @Test
    void markdownIsATableForAPullRequestComment() {
        Path changed = FIXTURES.resolve("success-status-changed.yaml");
        Run run = diff("--format", "markdown", BASE.toString(), changed.toString());
        assertEquals("""
                ### API changes: :x: breaking

                2 breaking, 0 warnings, 0 compatible changes

                | impact | rule | where | change |
                |---|---|---|---|
                | breaking | `WFI-DIFF-OPENAPI` | %1$s:8 | POST /items changed incompatibly in responses (openapi-diff) |
                | breaking | `WFI-DIFF-SUCCESS-STATUS` | %1$s:14 | POST /items answered 201 and now answers 200 |
                """.formatted(changed), run.out());
    }

    @Test
    void jsonListsChangesWithImpactAndPointer() throws Exception {
        Run run = diff("--format", "json", BASE.toString(), FIXTURES.resolve("property-became-read-only.yaml").toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(1, run.exitCode());
        assertTrue(json.at("/summary/breaking").asInt() >= 1, run.out());
        boolean found = false;
        for (JsonNode change : json.get("changes")) {
            found |= change.get("ruleId").asText().equals("WFI-DIFF-PROPERTY-ACCESS")
                    && change.get("pointer").asText().equals("/components/schemas/item/properties/name/readOnly")
                    && change.get("impact").asText().equals("breaking");
        }
        assertTrue(found, run.out());
    }

    @Test
    void aSpecThatFailsToParseIsAUsageErrorNotNoChanges() {
        Path broken = FIXTURES.resolve("broken-yaml.yaml");
        Run run = diff(BASE.toString(), broken.toString());
        assertEquals(2, run.exitCode());
        assertEquals("wfi: " + broken + ": 4:6: while parsing a flow mapping: expected ',' or '}', but got :\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void notASpecAndMissingFileAreUsageErrors() throws Exception {
        Path notSpec = Files.writeString(temp.resolve("settings.yaml"), "name: x\n");
        assertEquals("wfi: " + notSpec + ": not an OpenAPI document (no top-level 'openapi' field)\n",
                diff(BASE.toString(), notSpec.toString()).err());
        Run run = diff(temp.resolve("old.yaml").toString(), BASE.toString());
        assertEquals(2, run.exitCode());
        assertEquals("wfi: " + temp.resolve("old.yaml") + ": no such file or directory\n", run.err());
    }

    @Test
    void oneArgumentIsAUsageError() {
        Run run = diff(BASE.toString());
        assertEquals(2, run.exitCode());
        assertEquals("wfi: Missing required parameter: 'NEW'\nTry 'wfi diff --help' for more information.\n", run.err());
    }
}
