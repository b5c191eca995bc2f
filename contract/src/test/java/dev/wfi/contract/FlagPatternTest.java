package dev.wfi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The flag-set pattern accepts exactly "member (, member)*" and stays linear on long values. */
class FlagPatternTest {

    private static final List<String> MEMBERS = List.of("none", "shift", "swapRequest", "timeOff", "timeOffReason", "timeOffRequest");
    private static final Pattern PATTERN = Pattern.compile(JsonSchemaDeriver.flagPattern(MEMBERS));
    /** The grammar written plainly; it recurses per item, so it only judges short values. */
    private static final Pattern GRAMMAR = Pattern.compile(
            "^\\s*(?i:none|shift|swapRequest|timeOff|timeOffReason|timeOffRequest)\\s*"
                    + "(,\\s*(?i:none|shift|swapRequest|timeOff|timeOffReason|timeOffRequest)\\s*)*$");

    @Property(tries = 5_000)
    void acceptsWhatTheGrammarAccepts(@ForAll("flagText") String value) {
        assertEquals(GRAMMAR.matcher(value).find(), PATTERN.matcher(value).find(), () -> "value: '" + value + "'");
    }

    @Provide
    Arbitrary<String> flagText() {
        return Arbitraries.of("none", "shift", "Shift", "SWAPREQUEST", "timeOff", "timeOffReason", "timeoffrequest", "bogus",
                ",", ", ", " ", "\t", "\n", "", "x").list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    @Test
    void aLongValueIsJudgedWithoutExhaustingTheStack() {
        String good = "shift,".repeat(30_000) + "swapRequest";
        assertTrue(PATTERN.matcher(good).find());
        assertFalse(PATTERN.matcher(good + ",bogus").find());
    }

    @Test
    void theContractReportsALongBadValueAsAViolation() {
        Contract contract = Contract.bundled();
        List<SchemaViolation> violations = contract.validate("workforceIntegration",
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .set("supportedEntities", TextNode.valueOf("shift,".repeat(3_000))));
        assertTrue(violations.stream().anyMatch(v -> v.pointer().equals("/supportedEntities")), violations::toString);
    }
}
