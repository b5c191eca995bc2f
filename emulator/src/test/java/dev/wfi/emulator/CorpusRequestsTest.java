package dev.wfi.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wfi.errata.ErrataEngine;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Finding;
import dev.wfi.errata.Kind;
import dev.wfi.errata.Progress;
import dev.wfi.contract.Contract;
import dev.wfi.contract.OperationMatch;
import dev.wfi.errata.extract.DocumentedExample;
import dev.wfi.errata.extract.ExtractedPage;
import dev.wfi.errata.extract.PageReader;
import dev.wfi.errata.extract.PageSources;
import dev.wfi.errata.extract.SourceText;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every Graph request the documentation shows (the bundled corpus) and the contract's own request examples,
 * sent to the emulator. Which are valid is the errata engine's judgement, not this test's: an example with
 * findings that put a property at fault must get a 400 naming one of those properties, one whose JSON does
 * not parse a 400 saying so, and any other the contract's success status. One container per document.
 */
class CorpusRequestsTest {
    /** Findings that make a request body invalid; the others (placeholder names, tables, URLs) concern the page. */
    private static final Set<Kind> BODY_KINDS = Set.of(Kind.SCHEMA, Kind.ENUM, Kind.TYPE, Kind.REQUIRED,
            Kind.UNKNOWN_PROPERTY, Kind.READ_ONLY);

    @RegisterExtension
    static final RunningEmulator RUNNING = new RunningEmulator();
    static Emulator emulator;
    static Http graph;
    static final AtomicInteger VALID = new AtomicInteger();
    static final AtomicInteger INVALID = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        emulator = RUNNING.emulator();
        graph = Http.to(emulator, Http.READ_WRITE);
    }

    @AfterAll
    static void stop() {
        // both branches must have run, or the test proves nothing about one of them
        assertTrue(VALID.get() >= 2, "valid examples sent: " + VALID);
        assertTrue(INVALID.get() >= 4, "invalid examples sent: " + INVALID);
    }

    @TestFactory
    Stream<DynamicNode> documentedRequestsGetTheContractsAnswer() {
        Contract contract = Contract.bundled();
        ErrataReport report = ErrataEngine.load().checkBundledCorpus(Progress.NONE);
        List<DynamicNode> documents = new ArrayList<>();
        for (SourceText source : PageSources.bundled().pages()) {
            ExtractedPage page = PageReader.read(source.path(), source.text());
            List<DynamicTest> tests = new ArrayList<>();
            for (DocumentedExample example : page.examples()) {
                Optional<OperationMatch> match = example.role() == DocumentedExample.Role.REQUEST
                        ? contract.match(example.methodUpper(), example.url()) : Optional.empty();
                if (match.isPresent() && match.get().side().equals("graph") && served(contract, match.get())) {
                    List<String> offending = offending(report, example.id());
                    tests.add(DynamicTest.dynamicTest(example.id() + " " + example.methodUpper() + " " + match.get().operationId(),
                            () -> send(match.get(), example.json(), example.body().isPresent(), offending,
                                    example.header("Prefer").map(h -> h.value()).orElse(null))));
                }
            }
            if (!tests.isEmpty()) {
                documents.add(DynamicContainer.dynamicContainer(source.path(), tests));
            }
        }
        documents.add(DynamicContainer.dynamicContainer("the contract's request examples", contractExamples(contract)));
        return documents.stream();
    }

    /** The emulator serves the workforceIntegrations operations; the Shifts operations join when it serves them. */
    private static boolean served(Contract contract, OperationMatch match) {
        var item = contract.openApi().getPaths().get(match.pathTemplate());
        var operation = item == null ? null : item.readOperationsMap().get(
                io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(match.method()));
        return operation != null && operation.getTags() != null && operation.getTags().contains("workforceIntegrations");
    }

    private static List<DynamicTest> contractExamples(Contract contract) {
        List<DynamicTest> tests = new ArrayList<>();
        contract.openApi().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Optional<JsonNode> example = example(operation);
            Optional<OperationMatch> match = contract.match(method.name(), path);
            if (example.isPresent() && match.isPresent() && match.get().side().equals("graph") && served(contract, match.get())) {
                tests.add(DynamicTest.dynamicTest(operation.getOperationId(),
                        () -> send(match.get(), example, true, List.of(), null)));
            }
        }));
        return tests;
    }

    private static void send(OperationMatch operation, Optional<JsonNode> body, boolean hasBody, List<String> offending,
            String prefer) {
        String version = Set.of("v1.0", "beta").contains(operation.versionSegment()) ? operation.versionSegment() : "v1.0";
        String path = version + operation.pathTemplate();
        if (path.contains("{workforceIntegrationId}")) {
            path = path.replace("{workforceIntegrationId}", graph.create("{\"displayName\":\"target of an example\"}"));
        }
        String[] headers = prefer == null ? new String[0] : new String[] {"Prefer", prefer};
        Http.Answer answer = graph.send(operation.method(), path, hasBody ? body.map(JsonNode::toString).orElse("{") : null, headers);
        if (hasBody && body.isEmpty()) {
            INVALID.incrementAndGet();
            assertEquals(400, answer.status(), answer.body());
            assertTrue(answer.message().contains("not valid JSON"), answer.message());
        } else if (!offending.isEmpty()) {
            INVALID.incrementAndGet();
            assertEquals(400, answer.status(), answer.body());
            assertTrue(offending.stream().anyMatch(answer.message()::contains),
                    () -> "the message names none of " + offending + ": " + answer.message());
        } else {
            VALID.incrementAndGet();
            assertEquals(operation.successStatuses().iterator().next(), answer.status(), answer.body());
        }
    }

    /** The pointers the engine found at fault in the example's body. */
    private static List<String> offending(ErrataReport report, String exampleId) {
        List<String> pointers = new ArrayList<>();
        for (Finding finding : report.findings()) {
            boolean invalidValue = BODY_KINDS.contains(finding.kind())
                    || finding.kind() == Kind.PLACEHOLDER && finding.message().contains("is not a valid value");
            if (exampleId.equals(finding.example()) && finding.pointer() != null && invalidValue) {
                pointers.add(finding.pointer());
            }
        }
        return pointers;
    }

    private static Optional<JsonNode> example(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return Optional.empty();
        }
        MediaType json = operation.getRequestBody().getContent().get("application/json");
        return json == null || json.getExample() == null ? Optional.empty() : Optional.of(Http.JSON.valueToTree(json.getExample()));
    }
}
