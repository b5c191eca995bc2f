package dev.wfi.callback.shifts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The contract's {@code wfmBatchResponse} schema, as the caller validates it: the kit does not load the contract. */
@FunctionalInterface
public interface BatchResponseSchema {

    /** What is wrong with {@code answer} by the schema, one message each; empty when it conforms. */
    List<String> violations(JsonNode answer);
}
