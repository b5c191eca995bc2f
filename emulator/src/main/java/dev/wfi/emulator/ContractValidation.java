package dev.wfi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wfi.conformance.contract.Contract;
import dev.wfi.conformance.contract.SchemaViolation;
import java.util.List;

/** The conformance engine's validation of a request body, with the one failure a hostile body can add. */
final class ContractValidation {

    private ContractValidation() {
    }

    /**
     * @throws GraphError 400 when a value is too large for the validator's regular expressions, which recurse
     *     once per repetition (a flag set of thousands of members exhausts the stack)
     */
    static List<SchemaViolation> violations(Contract contract, String schema, JsonNode body) {
        try {
            return contract.validate(schema, body);
        } catch (StackOverflowError tooLong) {
            throw GraphError.badRequest("Invalid " + schema + ": a value is too long to be checked against the contract.", null);
        }
    }
}
