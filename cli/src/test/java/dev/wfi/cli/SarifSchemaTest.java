package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.wfi.errata.DocumentSummary;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Finding;
import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF report against the official OASIS schema (sarif-schema-2.1.0.json, draft-07), copied into the
 * test classes by the build from a Maven Central jar that ships it; nothing is fetched at test time.
 */
class SarifSchemaTest {

    private static final String SARIF_ID =
            "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path temp;

    static Schema sarifSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)
                        .schemaIdResolvers(ids -> ids.mapPrefix(SARIF_ID,
                                "classpath:sarif/schema/sarif-schema-2.1.0.json"))));
        return registry.getSchema(SchemaLocation.of(SARIF_ID));
    }

    @Test
    void schemaIsTheOfficialOne() {
        JsonNode schema = sarifSchema().getSchemaNode();
        assertEquals(SARIF_ID, schema.get("$id").textValue());
        assertEquals("http://json-schema.org/draft-07/schema#", schema.get("$schema").textValue());
    }

    @Test
    void errataSarifIsValidSarif210() throws Exception {
        List<Finding> findings = List.of(
                new Finding("WFI-SECRET-ECHO", Kind.SECRET, Severity.ERROR, "ru/000 страница.txt", 137, 5,
                        "ru/000 страница.txt#2", "/encryption/secret", "response shows the write-only secret", true),
                new Finding("WFI-TRANSLATED-NAME", Kind.TRANSLATION, Severity.WARNING, "docs\\page #1.md", 12, 0,
                        null, null, "<script>alert(1)</script>\"'&", false),
                new Finding("WFI-LINK", Kind.LINK, Severity.NOTE, "page.md", 0, 0, null, "", "link is broken", false));
        ErrataReport report = new ErrataReport("0.1.0-SNAPSHOT",
                List.of(new DocumentSummary("page.md", "en-US", "markdown", 1)), findings, List.of());
        Wfi wfi = new Wfi((inputs, progress) -> report, Terminal.NONE);

        Run run = Run.wfi(wfi, "errata", "--format", "sarif", "--out", temp.toString());
        assertEquals(0, run.exitCode(), run.err());

        JsonNode sarif = MAPPER.readTree(Files.readString(temp.resolve("errata.sarif")));
        List<Error> errors = sarifSchema().validate(sarif);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
        assertEquals(3, sarif.at("/runs/0/results").size());
    }

    @Test
    void bundledCorpusReportIsValidSarif210() throws Exception {
        Run run = Run.wfi(new Wfi(), "errata", "--format", "sarif", "--out", temp.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode sarif = MAPPER.readTree(Files.readString(temp.resolve("errata.sarif")));
        assertEquals(List.of(), sarifSchema().validate(sarif).stream().map(Error::toString).toList());
    }

    @Test
    void emptyReportIsValidSarif210() throws Exception {
        Wfi wfi = new Wfi((inputs, progress) -> new ErrataReport("0.1.0", List.of(), List.of(), List.of()),
                Terminal.NONE);
        assertEquals(0, Run.wfi(wfi, "errata", "--format", "sarif", "--out", temp.toString()).exitCode());
        JsonNode sarif = MAPPER.readTree(Files.readString(temp.resolve("errata.sarif")));
        assertEquals(List.of(), sarifSchema().validate(sarif).stream().map(Error::toString).toList());
    }

    @Test
    void lintSarifIsValidSarif210() throws Exception {
        Path fixtures = Path.of("../spec-checks/src/test/resources/lint");
        Run run = Run.wfi(new Wfi(), "lint", "--format", "sarif", "--fail-on", "never",
                fixtures.resolve("secret-not-write-only.yaml").toString(), fixtures.resolve("unused-component.yaml").toString(),
                fixtures.resolve("yaml-syntax-error.yaml").toAbsolutePath().toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode sarif = MAPPER.readTree(run.out());
        assertEquals(List.of(), sarifSchema().validate(sarif).stream().map(Error::toString).toList());
        assertEquals(3, sarif.at("/runs/0/results").size(), run.out());
    }

    @Test
    void diffSarifIsValidSarif210() throws Exception {
        Path fixtures = Path.of("../spec-checks/src/test/resources/diff");
        Run run = Run.wfi(new Wfi(), "diff", "--format", "sarif", "--fail-on", "never",
                fixtures.resolve("base.yaml").toString(), fixtures.resolve("flag-member-removed.yaml").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode sarif = MAPPER.readTree(run.out());
        assertEquals(List.of(), sarifSchema().validate(sarif).stream().map(Error::toString).toList());
        assertEquals(2, sarif.at("/runs/0/results").size(), run.out());
        assertEquals("error", sarif.at("/runs/0/results/0/level").textValue());
    }

    @Test
    void errataSarifListsTheInputsThatCouldNotBeRead() throws Exception {
        ErrataReport report = new ErrataReport("0.1.0", List.of(), List.of(),
                List.of(new dev.wfi.errata.InputError("docs/big.md", "file is 9 MB, larger than the 8 MB a documentation page can be; skipped")));
        Wfi wfi = new Wfi((inputs, progress) -> report, Terminal.NONE);
        Run.wfi(wfi, "errata", "--format", "sarif", "--out", temp.toString());
        JsonNode sarif = MAPPER.readTree(Files.readString(temp.resolve("errata.sarif")));
        assertEquals(List.of(), sarifSchema().validate(sarif).stream().map(Error::toString).toList());
        JsonNode notification = sarif.at("/runs/0/invocations/0/toolExecutionNotifications/0");
        assertEquals("docs/big.md", notification.at("/locations/0/physicalLocation/artifactLocation/uri").textValue());
        assertEquals("error", notification.at("/level").textValue());
    }

    @Test
    void schemaRejectsAnInvalidLog() throws Exception {
        JsonNode broken = MAPPER.readTree("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{}}}]}");
        List<Error> errors = sarifSchema().validate(broken);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("required", errors.get(0).getKeyword());
    }
}
