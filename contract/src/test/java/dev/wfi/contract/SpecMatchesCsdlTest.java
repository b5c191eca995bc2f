package dev.wfi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The spec's Shifts types, enums, actions and schedule collections against Graph's own metadata, the trimmed
 * v1.0 and beta CSDL under spec/csdl/: every property with the CSDL's type, nullability and versions, every
 * flag enum with its members, every action with its parameters and return type, unless the spec records a
 * decision ({@code x-wfi-decision}) or leaves the element out on purpose ({@code x-wfi-csdl-left-out}).
 */
class SpecMatchesCsdlTest {
    private static final JsonNode SPEC;
    private static final List<CsdlMetadata> CSDL;

    static {
        try {
            SPEC = new ObjectMapper(new YAMLFactory()).readTree(SpecFiles.contract().toFile());
            CSDL = List.of(CsdlMetadata.read("v1.0", SpecFiles.csdl("v1.0")), CsdlMetadata.read("beta", SpecFiles.csdl("beta")));
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Test
    void specAgreesWithGraphMetadata() {
        List<String> differences = CsdlConformance.differences(SPEC, CSDL);
        assertEquals("", String.join("\n", differences), differences.size() + " differences from the CSDL");
    }

    @Test
    void trimmedMetadataHoldsTheShiftsTypes() {
        CsdlMetadata v1 = CSDL.get(0);
        CsdlMetadata beta = CSDL.get(1);
        assertTrue(v1.types().keySet().containsAll(List.of("schedule", "schedulingGroup", "shift", "openShift", "timeOff",
                "timeOffReason", "timeCard", "swapShiftsChangeRequest", "offerShiftRequest", "openShiftChangeRequest", "timeOffRequest")),
                "v1.0 types: " + v1.types().keySet());
        assertEquals(List.of("none", "user", "manager", "unknownFutureValue"), v1.enums().get("confirmedBy").members());
        assertTrue(v1.enums().get("confirmedBy").flags());
        assertEquals(new CsdlMetadata.Member("openSlotCount", "Edm.Int32", false), v1.type("openShiftItem").orElseThrow().properties().get(0));
        assertTrue(beta.type("shiftsUserInfo").isPresent() && v1.type("shiftsUserInfo").isEmpty());
        assertEquals("timeCard", v1.actions().get("clockIn").returnType());
        assertEquals("timeCard", v1.actions().get("clockIn").boundTo());
    }

    @Test
    void aPropertyOfAnotherTypeIsReported() {
        assertEquals(List.of(
                "shift.userId: CSDL v1.0 Edm.String means string but the spec declares integer",
                "shift.userId: CSDL beta Edm.String means string but the spec declares integer"),
                differencesAfter(spec -> ((ObjectNode) ownProperty(spec, "shift", "userId")).put("type", "integer")));
    }

    @Test
    void aPropertyThatCannotBeNullIsReported() {
        assertEquals(List.of(
                "openShiftItem.openSlotCount: CSDL v1.0 says Nullable=false but the spec says nullable: true",
                "openShiftItem.openSlotCount: CSDL beta says Nullable=false but the spec says nullable: true"),
                differencesAfter(spec -> ((ObjectNode) ownProperty(spec, "openShiftItem", "openSlotCount")).put("nullable", true)));
    }

    @Test
    void aFlagEnumWithoutFlagsIsReported() {
        assertEquals(List.of(
                "confirmedBy: CSDL v1.0 declares IsFlags but the spec has no x-ms-enum-flags",
                "confirmedBy: CSDL beta declares IsFlags but the spec has no x-ms-enum-flags"),
                differencesAfter(spec -> ((ObjectNode) spec.at("/components/schemas/confirmedBy")).remove("x-ms-enum-flags")));
    }

    @Test
    void aBetaPropertyDeclaredForEveryVersionIsReported() {
        assertEquals(List.of("timeCardEvent.atApprovedLocation: CSDL has it in [beta] but the spec declares it for [beta, v1.0]"),
                differencesAfter(spec -> ((ObjectNode) ownProperty(spec, "timeCardEvent", "atApprovedLocation")).remove("x-wfi-availability")));
    }

    @Test
    void aMissingPropertyAndAnInventedOneAreReported() {
        assertEquals(List.of(
                "timeOffReason.code: missing; CSDL [beta, v1.0] declares it",
                "timeOffReason.reasonCode: not in the CSDL [beta, v1.0]; mark it x-wfi-availability [callback] or record an x-wfi-decision"),
                differencesAfter(spec -> {
                    ObjectNode properties = (ObjectNode) spec.at("/components/schemas/timeOffReason/allOf/1/properties");
                    properties.set("reasonCode", properties.remove("code"));
                }));
    }

    @Test
    void aRecordedDecisionAcceptsTheDifference() {
        assertEquals(List.of(), differencesAfter(spec ->
                ((ObjectNode) ownProperty(spec, "shift", "userId")).put("type", "integer").put("x-wfi-decision", "test")));
    }

    @Test
    void anActionWithoutOperationIsReported() {
        assertEquals(List.of("confirm: CSDL action [beta, v1.0] has no POST operation ending in /confirm and is not in x-wfi-csdl-left-out"),
                differencesAfter(spec -> ((ObjectNode) spec.path("paths")).remove("/teams/{teamId}/schedule/timeCards/{timeCardId}/confirm")));
    }

    @Test
    void aContainedCollectionWithoutPathIsReported() {
        assertEquals(List.of("/teams/{teamId}/schedule/timesOff: CSDL schedule contains timesOff but the spec has no GET"
                        + " /teams/{teamId}/schedule/timesOff and does not list it in x-wfi-csdl-left-out"),
                differencesAfter(spec -> ((ObjectNode) spec.path("paths")).remove("/teams/{teamId}/schedule/timesOff")));
    }

    /** The differences of a copy of the spec with one change made. */
    private static List<String> differencesAfter(Consumer<ObjectNode> change) {
        ObjectNode spec = SPEC.deepCopy();
        change.accept(spec);
        return CsdlConformance.differences(spec, CSDL);
    }

    /** The declaration of a property the schema declares itself, directly or in an inline allOf member. */
    private static JsonNode ownProperty(JsonNode spec, String schema, String property) {
        JsonNode node = spec.at("/components/schemas/" + schema);
        if (node.path("properties").has(property)) {
            return node.path("properties").path(property);
        }
        for (JsonNode member : node.path("allOf")) {
            if (member.path("properties").has(property)) {
                return member.path("properties").path(property);
            }
        }
        throw new IllegalArgumentException(schema + " declares no " + property);
    }
}
