package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample workflow for a docs repository's pull requests is valid workflow YAML, and its errata command, run on a
 * repository with a pull request's branch, annotates the changed line, fails on it and writes the SARIF it uploads.
 */
class DocsRepoWorkflowTest {

    private static final Path WORKFLOW = Path.of("../examples/docs-repo-workflow.yml");

    @TempDir
    Path temp;

    private static JsonNode workflow() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(WORKFLOW));
    }

    private static JsonNode step(JsonNode workflow, String uses) {
        for (JsonNode step : workflow.at("/jobs/errata/steps")) {
            if (step.path("uses").asText().startsWith(uses)) {
                return step;
            }
        }
        throw new AssertionError("no " + uses + " step");
    }

    /** The one step that runs wfi errata. */
    private static JsonNode errataStep(JsonNode workflow) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.at("/jobs/errata/steps").forEach(step -> {
            if (step.path("run").asText().contains("wfi errata")) {
                steps.add(step);
            }
        });
        assertEquals(1, steps.size(), steps.toString());
        return steps.get(0);
    }

    @Test
    void runsOnPullRequestsWithTheHistoryAndThePermissionsItNeeds() throws Exception {
        JsonNode workflow = workflow();
        assertTrue(workflow.path("on").has("pull_request"), workflow.toString());
        assertEquals("write", workflow.at("/permissions/security-events").asText());
        workflow.path("jobs").forEach(job -> {
            assertTrue(job.path("runs-on").isTextual(), job.toString());
            job.path("steps").forEach(step -> assertTrue(step.has("run") ^ step.has("uses"), step.toString()));
        });
        JsonNode checkout = step(workflow, "actions/checkout@");
        assertEquals(0, checkout.at("/with/fetch-depth").asInt(-1), "--changed-since needs the merge base: " + checkout);
        assertEquals("17", step(workflow, "actions/setup-java@").at("/with/java-version").asText());
        assertEquals("${{ github.base_ref }}", errataStep(workflow).at("/env/BASE_REF").asText());
    }

    @Test
    void itsCommandAnnotatesThePullRequestsLineFailsAndWritesTheSarifItUploads() throws Exception {
        DocsRepository docs = DocsRepository.withPages(temp.resolve("checkout"), "shift-get.md", "shift-delete.md").committed();
        docs.git("update-ref", "refs/remotes/origin/main", "HEAD"); // what actions/checkout fetches of the base
        docs.git("checkout", "-q", "-b", "pull-request");
        docs.edit("shift-get.md", DocsRepository.SHIFT_ID, DocsRepository.SHIFT_ID_TYPOGRAPHIC);
        docs.git("commit", "-q", "-am", "an id in typographic quotes");

        JsonNode workflow = workflow();
        String command = errataStep(workflow).get("run").asText().strip();
        assertTrue(command.startsWith(".wfi/wfi errata "), command);
        Path runnerTemp = temp.resolve("runner-temp");
        // the shell's part: variables expanded, quotes removed, the job's working directory (the checkout) for '.'
        String[] args = Arrays.stream(command.substring(".wfi/wfi ".length()).split(" "))
                .map(arg -> arg.replace("\"", "").replace("$BASE_REF", "main")
                        .replace("$RUNNER_TEMP", runnerTemp.toString()))
                .map(arg -> arg.equals(".") ? docs.root.toString() : arg)
                .toArray(String[]::new);

        Run run = Run.wfi(new Wfi(), args);
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("::error file=api/shift-get.md,line=108,col=11,title=WFI-JSON-TYPOGRAPHIC-QUOTE::typographic "
                        + "quote '\u201c' in JSON; use a plain double quote (\") (fix: \"SHFT_ca485cdd-a42c-4b93-9e6a-6fa54fd45fe1\")",
                "1 page, 2 examples: 1 error, 0 warnings, 0 notes (1 not in the errata registry)"), run.out().lines().toList());

        String uploaded = step(workflow, "github/codeql-action/upload-sarif@").at("/with/sarif_file").asText()
                .replace("${{ runner.temp }}", runnerTemp.toString());
        JsonNode sarif = new ObjectMapper().readTree(Files.readString(Path.of(uploaded)));
        JsonNode result = sarif.at("/runs/0/results/0");
        assertEquals("WFI-JSON-TYPOGRAPHIC-QUOTE", result.path("ruleId").asText());
        assertEquals("api/shift-get.md", result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertNotNull(result.at("/partialFingerprints").fields().next(), "code scanning tracks it across line moves");
    }
}
