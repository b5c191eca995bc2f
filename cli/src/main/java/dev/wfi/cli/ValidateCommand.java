package dev.wfi.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wfi.contract.Contract;
import dev.wfi.contract.InputText;
import dev.wfi.contract.SchemaViolation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wfi validate}: check one JSON payload against a schema of the bundled contract. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Wfi.Version.class,
        description = {"Validate a JSON payload against a schema of the bundled contract.",
            "Exit 0 when valid, 1 when invalid (or not JSON), 2 for an unknown schema or an unreadable file."})
final class ValidateCommand implements Callable<Integer> {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Spec
    CommandSpec spec;

    @Option(names = "--schema", required = true, paramLabel = "NAME",
            description = "Schema of the contract, for example workforceIntegration.")
    String schema;

    @Parameters(paramLabel = "FILE", description = "The JSON payload.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Contract contract = Contract.bundled();
        if (!contract.schemaNames().contains(schema)) {
            stderr.println("wfi: unknown schema '" + schema + "': expected one of "
                    + String.join(", ", contract.schemaNames()));
            stderr.flush();
            return Wfi.USER_ERROR;
        }
        String text;
        try {
            text = InputText.read(file, InputText.MAX_SPEC_BYTES);
        } catch (IOException e) {
            stderr.println("wfi: " + file + ": " + Failure.describe(e));
            stderr.flush();
            return Wfi.USER_ERROR;
        }
        JsonNode payload;
        try {
            payload = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String position = at == null ? "" : at.getLineNr() + ":" + at.getColumnNr() + ":";
            stderr.println("wfi: " + file + ":" + position + " " + e.getOriginalMessage().replace('\n', ' '));
            stderr.flush();
            return Wfi.FINDINGS;
        } catch (IOException e) {
            stderr.println("wfi: " + file + ": " + Failure.describe(e));
            stderr.flush();
            return Wfi.USER_ERROR;
        }
        if (payload == null || payload.isMissingNode()) {
            stderr.println("wfi: " + file + ": empty file, expected a JSON document");
            stderr.flush();
            return Wfi.FINDINGS;
        }
        List<SchemaViolation> violations = contract.validate(schema, payload);
        for (SchemaViolation violation : violations) {
            stdout.println(file + ": " + violation.message()); // the message starts with the pointer
        }
        if (violations.isEmpty()) {
            stdout.println(file + ": valid against " + schema);
        }
        stdout.flush();
        return violations.isEmpty() ? Wfi.OK : Wfi.FINDINGS;
    }
}
