package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pull-request workflow is valid workflow YAML and runs the commands the README documents. */
class ContractWorkflowTest {

    private static final Path WORKFLOW = Path.of("../.github/workflows/contract.yml");
    private static final Path README = Path.of("../README.md");

    private static JsonNode workflow() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(WORKFLOW));
    }

    private static List<String> runs(JsonNode workflow) {
        List<String> runs = new ArrayList<>();
        workflow.path("jobs").forEach(job -> job.path("steps").forEach(step -> {
            if (step.has("run")) {
                runs.add(step.get("run").asText());
            }
        }));
        return runs;
    }

    @Test
    void runsOnPullRequestsWithJobsThatHaveStepsAndRunners() throws Exception {
        JsonNode workflow = workflow();
        assertTrue(workflow.path("on").has("pull_request"), workflow.toString());
        assertTrue(workflow.path("jobs").size() > 0);
        workflow.path("jobs").forEach(job -> {
            assertTrue(job.path("runs-on").isTextual(), job.toString());
            job.path("steps").forEach(step -> assertTrue(step.has("run") ^ step.has("uses"), step.toString()));
        });
        assertEquals("write", workflow.at("/permissions/security-events").asText());
    }

    @Test
    void runsTheBuildLintAndDiffCommandsTheReadmeDocuments() throws Exception {
        List<String> runs = runs(workflow());
        String readme = Files.readString(README);
        for (String command : List.of("./mvnw -B verify", "./wfi lint spec/workforceIntegration.yaml --format sarif",
                "./wfi diff ", "spec/workforceIntegration.yaml --format markdown")) {
            assertTrue(runs.stream().anyMatch(run -> run.contains(command)), command + " not run by the workflow: " + runs);
            assertTrue(readme.contains(command), command + " not in the README");
        }
    }

    @Test
    void uploadsTheLintSarifToCodeScanning() throws Exception {
        JsonNode upload = null;
        for (JsonNode step : workflow().at("/jobs/contract/steps")) {
            if (step.path("uses").asText().startsWith("github/codeql-action/upload-sarif@")) {
                upload = step;
            }
        }
        assertTrue(upload != null, "no upload-sarif step");
        String sarif = upload.at("/with/sarif_file").asText();
        assertTrue(runs(workflow()).stream().anyMatch(run -> run.contains("--format sarif > " + sarif)), sarif);
    }
}
