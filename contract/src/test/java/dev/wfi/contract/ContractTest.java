package dev.wfi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContractTest {
    private static final Contract CONTRACT = Contract.bundled();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUPPORTED_MEMBERS = "none, shift, swapRequest, userShiftPreferences, openShift, "
            + "openShiftRequest, offerShiftRequest, unknownFutureValue, timeCard, timeOffReason, timeOff, timeOffRequest";

    private static ObjectNode integration(String property, String value) {
        ObjectNode node = JSON.createObjectNode();
        node.put(property, value);
        return node;
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void bundledIsLoadedOnce() {
        assertSame(CONTRACT, Contract.bundled());
    }

    @ParameterizedTest
    @ValueSource(strings = {"shift,swapRequest", "Shift,SwapRequest", " shift , swapRequest ", "SHIFT", "none", "openshift,timeOffReason"})
    void readsFlagSetsCaseInsensitivelyAndToleratesSpaces(String value) {
        assertEquals(List.of(), CONTRACT.validate("workforceIntegration", integration("supportedEntities", value)));
    }

    @Test
    void rejectsAnUnknownFlagMemberNamingIt() {
        List<SchemaViolation> violations = CONTRACT.validate("workforceIntegration", integration("supports", "supports-value"));

        assertEquals(List.of(new SchemaViolation("/supports", "enum",
                "/supports: unknown member 'supports-value'; allowed: " + SUPPORTED_MEMBERS)), violations);
    }

    @Test
    void namesEveryUnknownMemberOfASet() {
        List<SchemaViolation> violations = CONTRACT.validate("workforceIntegration",
                integration("eligibilityFilteringEnabledEntities", "SwapRequests,TimeOffReasons,swapRequest"));

        assertEquals(List.of(new SchemaViolation("/eligibilityFilteringEnabledEntities", "enum",
                "/eligibilityFilteringEnabledEntities: unknown members 'SwapRequests', 'TimeOffReasons'; "
                        + "allowed: none, swapRequest, offerShiftRequest, unknownFutureValue, timeOffReason")), violations);
    }

    @Test
    void rejectsAnEmptyMember() {
        List<SchemaViolation> violations = CONTRACT.validate("workforceIntegration", integration("supportedEntities", "shift,,swapRequest"));

        assertEquals(1, violations.size(), violations::toString);
        assertEquals("/supportedEntities: empty member in 'shift,,swapRequest' (use 'none' for the empty set); allowed: "
                + SUPPORTED_MEMBERS, violations.get(0).message());
    }

    @Test
    void plainEnumsAreCaseSensitiveAndNameTheAllowedValues() throws Exception {
        List<SchemaViolation> violations = CONTRACT.validate("workforceIntegrationEncryption",
                json("{\"protocol\": \"protocol-value\"}"));
        assertEquals(List.of(new SchemaViolation("/protocol", "enum",
                "/protocol: unknown value 'protocol-value'; allowed: sharedSecret, unknownFutureValue")), violations);

        List<SchemaViolation> casing = CONTRACT.validate("workforceIntegrationEncryption", json("{\"protocol\": \"SharedSecret\"}"));
        assertEquals("/protocol: unknown value 'SharedSecret'; allowed: sharedSecret, unknownFutureValue", casing.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"url-value", "Url value", "/Contoso/"})
    void rejectsAUrlThatIsNotAbsolute(String url) {
        List<SchemaViolation> violations = CONTRACT.validate("workforceIntegration", integration("url", url));

        assertEquals(List.of(new SchemaViolation("/url", "format", "/url: '" + url
                + "' is not an absolute URI (a scheme such as https:// and a host are required)")), violations);
    }

    /** Issue 14, 13: an absolute URI without a host, or not http(s), was accepted; Shifts cannot call it. */
    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "ftp://wfm.example.com/x", "mailto:wfm@example.com"})
    void rejectsAUrlThatIsNotHttpWithAHost(String url) {
        List<SchemaViolation> violations = CONTRACT.validate("workforceIntegration", integration("url", url));

        assertEquals(List.of(new SchemaViolation("/url", "pattern", "/url: '" + url
                + "' does not match the pattern ^(http|https|HTTP|HTTPS)://[^/?# ]+([/?#].*)?$")), violations);
    }

    @Test
    void acceptsTheDocumentedCallbackUrl() {
        assertEquals(List.of(), CONTRACT.validate("workforceIntegration", integration("url", "https://ABCWorkforceIntegration.com/Contoso/")));
    }

    @Test
    void reportsUnknownPropertiesButAllowsODataAnnotations() throws Exception {
        List<SchemaViolation> violations = CONTRACT.validate("workforceIntegration", json(
                "{\"@odata.type\": \"#microsoft.graph.workforceIntegration\", \"displayName\": \"x\", \"supportedEntity\": \"shift\"}"));

        assertEquals(1, violations.size(), violations::toString);
        SchemaViolation violation = violations.get(0);
        assertEquals("/supportedEntity", violation.pointer());
        assertEquals("additionalProperties", violation.keyword());
        assertTrue(violation.message().startsWith("/supportedEntity: unknown property 'supportedEntity'; allowed: id, "),
                violation.message());
        assertTrue(violation.message().contains("supportedEntities"), violation.message());
    }

    @Test
    void checksDateTimesAndInt32Ranges() throws Exception {
        List<SchemaViolation> violations = CONTRACT.validate("workforceIntegration",
                json("{\"createdDateTime\": \"String (timestamp)\", \"apiVersion\": 2147483648}"));

        assertEquals(List.of(
                new SchemaViolation("/createdDateTime", "format",
                        "/createdDateTime: 'String (timestamp)' is not an RFC 3339 date-time such as 2019-03-18T00:00:00Z"),
                new SchemaViolation("/apiVersion", "maximum", "/apiVersion: 2147483648 is above the maximum 2147483647")),
                violations.stream().sorted((a, b) -> b.pointer().compareTo(a.pointer())).toList());
    }

    @Test
    void typesACallbackBodyByItsUrl() throws Exception {
        JsonNode batch = json("""
                {"requests": [{"id": "1", "method": "POST", "url": "/timecards",
                  "body": {"id": "TCK_1", "state": "onBreak", "clockIn": {"dateTime": "2019-03-18T00:00:00.000Z"}}}]}
                """);

        List<SchemaViolation> violations = CONTRACT.validate("wfmBatchRequest", batch);

        assertEquals(1, violations.size(), violations::toString);
        assertEquals("/requests/0/body/clockIn", violations.get(0).pointer());
        assertTrue(violations.get(0).message().contains("unknown property 'clockIn'; allowed: id, "), violations.get(0).message());
        assertTrue(violations.get(0).message().contains("clockInEvent"), violations.get(0).message());
    }

    @Test
    void secretIsWriteOnlyAndNullable() {
        PropertyInfo secret = CONTRACT.property("workforceIntegration", "/encryption/secret").orElseThrow();

        assertEquals(new PropertyInfo("secret", "string", "", false, true, true, false, Optional.empty(), List.of(),
                Optional.empty()), secret);
    }

    @Test
    void timestampsAreReadOnlyThroughInheritance() {
        PropertyInfo created = CONTRACT.property("workforceIntegration", "/createdDateTime").orElseThrow();

        assertTrue(created.readOnly());
        assertFalse(created.writeOnly());
        assertEquals("date-time", created.format());
    }

    @Test
    void supportsIsBetaOnlyAndDeprecated() {
        PropertyInfo supports = CONTRACT.property("workforceIntegration", "/supports").orElseThrow();

        assertEquals(new PropertyInfo("supports", "string", "", false, false, true, true,
                Optional.of("workforceIntegrationSupportedEntities"), List.of("beta"),
                Optional.of("workforceIntegrationSupportedEntities")), supports);
    }

    @Test
    void namesTheTypeOfObjectsAndOfArrayItems() {
        assertEquals(Optional.of("timeCardEvent"), CONTRACT.property("timeCard", "/clockInEvent").orElseThrow().typeName());
        assertEquals(Optional.of("timeCardBreak"), CONTRACT.property("timeCard", "/breaks").orElseThrow().typeName());
        assertEquals(Optional.empty(), CONTRACT.property("timeCard", "/userId").orElseThrow().typeName());
    }

    @Test
    void walksArraysByIndex() {
        PropertyInfo start = CONTRACT.property("timeCard", "/breaks/0/start/dateTime").orElseThrow();

        assertEquals("dateTime", start.name());
        assertEquals("date-time", start.format());
        assertEquals(Optional.empty(), CONTRACT.property("timeCard", "/breaks/first/start"));
        assertEquals(Optional.empty(), CONTRACT.property("workforceIntegration", "/encryption/key"));
        // any index, asked first or after index 0 (one cached entry serves all): the same declaration
        assertEquals(Optional.of(start), CONTRACT.property("timeCard", "/breaks/17/start/dateTime"));
        assertEquals(Optional.of(start), CONTRACT.property("timeCard", "/breaks/3/start/dateTime"));
        // a name that only holds digits in part is no index
        assertEquals(Optional.empty(), CONTRACT.property("timeCard", "/breaks/0x1/start/dateTime"));
    }

    @Test
    void describesFlagEnums() {
        assertTrue(CONTRACT.isFlagEnum("workforceIntegrationSupportedEntities"));
        assertTrue(CONTRACT.isFlagEnum("eligibilityFilteringEnabledEntities"));
        assertFalse(CONTRACT.isFlagEnum("workforceIntegrationEncryptionProtocol"));
        assertEquals(List.of(SUPPORTED_MEMBERS.split(", ")), CONTRACT.flagMembers("workforceIntegrationSupportedEntities"));
        assertEquals(List.of("timeCard", "timeOffReason", "timeOff", "timeOffRequest"),
                CONTRACT.evolvableMembers("workforceIntegrationSupportedEntities"));
        assertEquals(List.of("timeOffReason"), CONTRACT.evolvableMembers("eligibilityFilteringEnabledEntities"));
        assertEquals(List.of(), CONTRACT.evolvableMembers("bodyType"));
    }

    @Test
    void unknownSchemaNameListsTheKnownOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> CONTRACT.validate("workforceintegration", JSON.createObjectNode()));

        assertTrue(error.getMessage().startsWith("unknown schema 'workforceintegration'; known schemas: "), error.getMessage());
        assertTrue(error.getMessage().contains(", workforceIntegration, "), error.getMessage());
    }

    @Test
    void flagEnumQuestionsAboutANonEnumNameTheEnums() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> CONTRACT.isFlagEnum("shift"));

        assertTrue(error.getMessage().startsWith("schema 'shift' is not an enum; enums: "), error.getMessage());
    }

    @Test
    void matchesAPathTemplate() {
        OperationMatch match = CONTRACT.match("PATCH", "/teamwork/workforceIntegrations/{id}").orElseThrow();

        assertEquals("updateWorkforceIntegration", match.operationId());
        assertEquals("/teamwork/workforceIntegrations/{workforceIntegrationId}", match.pathTemplate());
        assertEquals(Map.of("workforceIntegrationId", "{id}"), match.pathParameters());
        assertEquals(Optional.of("workforceIntegration"), match.requestSchema());
        assertEquals(Optional.of("workforceIntegration"), match.responses().get(200));
        assertEquals(java.util.Set.of(200), match.successStatuses());
        assertEquals(List.of("WorkforceIntegration.ReadWrite.All"), match.scopes());
        assertEquals("graph", match.side());
        assertEquals("", match.versionSegment());
    }

    @Test
    void matchesGraphUrlsOfBothVersions() {
        OperationMatch list = CONTRACT.match("GET", "https://graph.microsoft.com/v1.0/teamwork/workforceIntegrations").orElseThrow();
        assertEquals("listWorkforceIntegrations", list.operationId());
        assertEquals("v1.0", list.versionSegment());
        assertEquals(Optional.of("workforceIntegrationCollectionResponse"), list.responses().get(200));
        assertEquals(List.of("WorkforceIntegration.Read.All", "WorkforceIntegration.ReadWrite.All"), list.scopes());

        OperationMatch create = CONTRACT.match("post", "https://graph.microsoft.com/beta/teamwork/workforceIntegrations/").orElseThrow();
        assertEquals("createWorkforceIntegration", create.operationId());
        assertEquals("beta", create.versionSegment());
        assertEquals(java.util.Set.of(201), create.successStatuses());
        assertEquals(Optional.of("odataError"), create.responses().get(429));

        OperationMatch delete = CONTRACT.match("DELETE", "https://graph.microsoft.com/v1.0/teamwork/workforceIntegrations/c5d0?x=1").orElseThrow();
        assertEquals(Optional.empty(), delete.responses().get(204));
        assertEquals(Map.of("workforceIntegrationId", "c5d0"), delete.pathParameters());
    }

    /** On the Shifts API the schemes differ: {@code Group.*} is granted to delegated tokens only. */
    @Test
    void grantsListEachSecuritySchemesOwnScopes() {
        OperationMatch share = CONTRACT.match("POST", "/teams/{teamId}/schedule/share").orElseThrow();
        OperationMatch clockIn = CONTRACT.match("POST", "/v1.0/teams/T/schedule/timeCards/clockIn").orElseThrow();
        OperationMatch list = CONTRACT.match("GET", "/teamwork/workforceIntegrations").orElseThrow();

        assertEquals(Map.of("delegated", List.of("Schedule.ReadWrite.All", "Group.ReadWrite.All"),
                "application", List.of("Schedule.ReadWrite.All")), share.grants());
        assertEquals(Map.of("delegated", List.of("Schedule.ReadWrite.All"), "application", List.of("Schedule.ReadWrite.All")),
                clockIn.grants());
        assertEquals(List.of("delegated", "application"), List.copyOf(list.grants().keySet()));
        assertEquals(List.of("WorkforceIntegration.Read.All", "WorkforceIntegration.ReadWrite.All"), list.grants().get("application"));
        assertEquals(Map.of(), CONTRACT.match("POST", "https://x.com/v1/teams/T/update").orElseThrow().grants());
    }

    /** The docs' {@code https://graph.microsoft.com/docs\api/...}: matched, with the broken version segment reported. */
    @Test
    void reportsABrokenGraphVersionSegmentInsteadOfHidingIt() {
        OperationMatch match = CONTRACT.match("PATCH",
                "https://graph.microsoft.com/docs\\api/teamwork/workforceIntegrations/{workforceIntegrationId}").orElseThrow();

        assertEquals("updateWorkforceIntegration", match.operationId());
        assertEquals("docs\\api", match.versionSegment());
    }

    @Test
    void matchesCallbackUrlsBySuffix() {
        OperationMatch update = CONTRACT.match("POST",
                "https://foobarWorkforceIntegration.com/foobar/v1/teams/788b75d2-a911-48c0-a5e2-dc98480457e3/update").orElseThrow();
        assertEquals("updateTeam", update.operationId());
        assertEquals("wfm", update.side());
        assertEquals("v1", update.versionSegment());
        assertEquals(Map.of("teamId", "788b75d2-a911-48c0-a5e2-dc98480457e3"), update.pathParameters());
        assertEquals(Optional.of("wfmBatchRequest"), update.requestSchema());
        assertEquals(Map.of(200, Optional.of("wfmBatchResponse")), update.responses());
        assertEquals(List.of(), update.scopes());

        OperationMatch read = CONTRACT.match("POST", "https://x.com/Contoso/{apiVersion}/teams/{teamId}/read").orElseThrow();
        assertEquals("readTeam", read.operationId());
        assertEquals("{apiVersion}", read.versionSegment());

        OperationMatch connect = CONTRACT.match("POST", "https://x.com/Contoso/v1/connect/").orElseThrow();
        assertEquals("connect", connect.operationId());
    }

    @Test
    void doesNotGuessAtTheDocsSingularTeamPath() {
        assertEquals(Optional.empty(), CONTRACT.match("POST", "https://abcWorkforceIntegration.com/Contoso/{apiVersion}/team/{teamId}/read"));
        assertEquals(Optional.empty(), CONTRACT.match("PUT", "https://graph.microsoft.com/v1.0/teamwork/workforceIntegrations/x"));
        assertEquals(Optional.empty(), CONTRACT.match("GET", "https://graph.microsoft.com/v1.0/teams/x/schedule/dayNotes"));
    }

    @Test
    void matchesShiftsUrlsWithLiteralActionsBeforeIds() {
        assertEquals("getSchedule", CONTRACT.match("GET", "https://graph.microsoft.com/beta/teams/x/schedule").orElseThrow().operationId());
        assertEquals("clockInTimeCard", CONTRACT.match("POST",
                "https://graph.microsoft.com/v1.0/teams/x/schedule/timeCards/clockIn").orElseThrow().operationId());
        OperationMatch clockOut = CONTRACT.match("POST",
                "https://graph.microsoft.com/v1.0/teams/x/schedule/timeCards/TCK_1/clockout").orElseThrow();
        assertEquals("clockOutTimeCard", clockOut.operationId());
        assertEquals(Map.of("teamId", "x", "timeCardId", "TCK_1"), clockOut.pathParameters());
        assertEquals(List.of(200, 204), List.copyOf(clockOut.successStatuses()));
        assertEquals("getTimeCard", CONTRACT.match("GET",
                "https://graph.microsoft.com/v1.0/teams/x/schedule/timeCards/clockIn").orElseThrow().operationId());
    }

    @Test
    void loadNamesTheFileThatCannotBeRead(@TempDir Path dir) {
        Path missing = dir.resolve("missing.yaml");
        ContractException error = assertThrows(ContractException.class, () -> Contract.load(missing));

        assertTrue(error.getMessage().startsWith("cannot read contract " + missing + ": NoSuchFileException"), error.getMessage());
    }

    @Test
    void loadNamesTheFileThatIsNotAContract(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "openapi: 3.0.3\ninfo:\n  title: x\npaths: {}\ncomponents:\n  schemas:\n    a: {$ref: '#/components/schemas/b'}\n");

        ContractException error = assertThrows(ContractException.class, () -> Contract.load(broken));

        assertTrue(error.getMessage().startsWith("contract " + broken + " is not a valid OpenAPI 3.0 document: "), error.getMessage());
        assertTrue(error.getMessage().contains("info.version is missing"), error.getMessage());
    }

    @Test
    void loadReadsTheRepositorySpec() throws Exception {
        Contract contract = Contract.load(SpecFiles.contract());

        assertEquals(CONTRACT.schemaNames(), contract.schemaNames());
        assertTrue(contract.schemaNames().containsAll(List.of("entity", "changeTrackedEntity", "identity", "identitySet",
                "workforceIntegration", "workforceIntegrationEncryption", "workforceIntegrationEncryptionProtocol",
                "workforceIntegrationSupportedEntities", "eligibilityFilteringEnabledEntities",
                "workforceIntegrationCollectionResponse", "odataError", "mainError", "innerError", "wfmBatchRequest",
                "wfmRequestItem", "wfmBatchResponse", "wfmResponseItem", "shift", "openShift", "swapShiftsChangeRequest",
                "offerShiftRequest", "openShiftChangeRequest", "timeOff", "timeOffReason", "timeOffRequest", "timeCard",
                "userShiftPreferences")));
    }
}
