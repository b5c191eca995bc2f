package dev.wfi.examples.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.models.model.ETag;
import dev.wfi.models.model.OpenShift;
import dev.wfi.models.model.ScheduleEntityTheme;
import dev.wfi.models.model.Shift;
import dev.wfi.models.model.WfmRequestItem;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShiftSyncTest {
  private static final String TEAM = "788b75d2-a911-48c0-a5e2-dc98480457e3";
  private static final String INTEGRATION = "c5d0c76b-80c4-481c-be50-923cd8d680a1";

  // Graph adds OData annotations (@odata.context) that the models do not declare
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .setSerializationInclusion(JsonInclude.Include.NON_NULL);
  private final InMemoryShifts graph = new InMemoryShifts(mapper);
  private final ShiftSync sync = new ShiftSync(graph, mapper, "token", INTEGRATION, UUID.fromString("f47ac10b-58cc-4372-a567-0e02b2c3d479"));

  /** A shift as Graph returns it (the contract's example with the annotation Graph adds and an evolvable theme). */
  private static final String SHIFT = """
      {
        "@odata.etag": "\\"4002def0-0000-0c00-0000-672ea2ff0000\\"",
        "id": "SHFT_577b75d2-a927-48c0-a5d1-dc984894e7b8",
        "createdDateTime": "2019-03-14T04:32:51.451Z",
        "lastModifiedDateTime": "2019-03-14T05:32:51.451Z",
        "userId": "c5d0c76b-80c4-481c-be50-923cd8d680a1",
        "schedulingGroupId": "TAG_228940ed-ff84-4e25-b129-1b395cf78be0",
        "isStagedForDeletion": false,
        "lastModifiedBy": {"user": {"id": "366c0b19-49b1-41b5-a03f-9f3887bd0ed8", "displayName": "John Doe"}},
        "sharedShift": {
          "displayName": "Day shift",
          "notes": "Please do inventory as part of your shift.",
          "startDateTime": "2019-03-11T15:00:00Z",
          "endDateTime": "2019-03-12T00:00:00Z",
          "theme": "darkRed",
          "activities": [
            {"isPaid": true, "startDateTime": "2019-03-11T15:00:00Z", "endDateTime": "2019-03-11T15:15:00Z",
             "code": "", "displayName": "Lunch", "theme": "white"}
          ]
        }
      }
      """;

  /** The response of the v1.0 openshift-post page (microsoft-graph-docs-contrib), abridged to the open shift's members. */
  private static final String DOCUMENTED_OPEN_SHIFT = """
      {
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#teams('48ba9e52-8d25-41c7-bbe7-5ee6346eec0d')/schedule/openShifts/$entity",
        "@odata.etag": "\\"4002def0-0000-0c00-0000-672ea2ff0000\\"",
        "id": "OPNSHFT_6f5e1d7c-3ebe-449f-abfc-d677d26f0b5c",
        "createdDateTime": "2024-11-08T23:47:11.605Z",
        "lastModifiedDateTime": "2024-11-08T23:47:11.605Z",
        "schedulingGroupId": "TAG_4ab7d329-1f7e-4eaf-ba93-63f1ff3f3c4a",
        "draftOpenShift": null,
        "sharedOpenShift": {
          "displayName": null,
          "startDateTime": "2024-11-04T20:00:00Z",
          "endDateTime": "2024-11-04T21:00:00Z",
          "theme": "blue",
          "notes": null,
          "openSlotCount": 1,
          "activities": []
        },
        "isStagedForDeletion": false
      }
      """;

  @Test
  void aShiftRoundTripsThroughTheModelUnchanged() throws Exception {
    JsonNode read = mapper.readTree(SHIFT);
    Shift shift = mapper.treeToValue(read, Shift.class);

    assertEquals("4002def0-0000-0c00-0000-672ea2ff0000", shift.getAtOdataEtag().opaqueTag());
    assertEquals(ScheduleEntityTheme.DARK_RED, shift.getSharedShift().getTheme());
    assertEquals(ScheduleEntityTheme.UNKNOWN_FUTURE_VALUE, shift.getSharedShift().getTheme().forPrefer(false));
    assertEquals(read, mapper.valueToTree(shift));
  }

  @Test
  void readsTheDocumentedOpenShiftResponse() throws Exception {
    OpenShift created = mapper.readValue(DOCUMENTED_OPEN_SHIFT, OpenShift.class);

    assertEquals(ETag.strong("4002def0-0000-0c00-0000-672ea2ff0000"), created.getAtOdataEtag());
    assertEquals(1, created.getSharedOpenShift().getOpenSlotCount());
    assertEquals(OffsetDateTime.parse("2024-11-04T20:00:00Z"), created.getSharedOpenShift().getStartDateTime());
  }

  @Test
  void readsTheShiftOfACallbackItem() throws Exception {
    ObjectNode body = (ObjectNode) mapper.readTree(SHIFT);
    body.remove("@odata.etag");
    WfmRequestItem item = new WfmRequestItem().id(body.get("id").asText()).method(WfmRequestItem.MethodEnum.POST)
        .url("/shifts/" + body.get("id").asText()).body(body);

    Shift shift = sync.shiftOf(item);

    assertEquals("TAG_228940ed-ff84-4e25-b129-1b395cf78be0", shift.getSchedulingGroupId());
    assertEquals("Lunch", shift.getSharedShift().getActivities().get(0).getDisplayName());
  }

  @Test
  void pushesAWfmShiftMarkedAsTheConnectors() throws Exception {
    Shift fromWfm = mapper.readValue(SHIFT, Shift.class).id(null).atOdataEtag(null);

    Shift created = sync.push(TEAM, fromWfm);

    assertEquals(List.of(INTEGRATION), graph.passthroughs);
    assertEquals(ETag.strong("v1"), created.getAtOdataEtag());
    assertEquals(created.getSharedShift(), graph.getShift(TEAM, created.getId(), "Bearer token", null, null).getSharedShift());
  }

  @Test
  void movesOnlyTheVersionItRead() throws Exception {
    Shift read = sync.push(TEAM, mapper.readValue(SHIFT, Shift.class).id(null));
    OffsetDateTime start = OffsetDateTime.parse("2019-03-11T16:00:00Z");
    OffsetDateTime end = OffsetDateTime.parse("2019-03-12T01:00:00Z");

    Shift moved = sync.move(TEAM, read, start, end);
    assertEquals(start, moved.getSharedShift().getStartDateTime());
    assertEquals(ETag.strong("v2"), moved.getAtOdataEtag());

    InMemoryShifts.PreconditionFailed stale = assertThrows(InMemoryShifts.PreconditionFailed.class,
        () -> sync.move(TEAM, read, start.plusHours(1), end.plusHours(1)));
    assertEquals("412 Precondition Failed: If-Match \"v1\" but the shift is at \"v2\"", stale.getMessage());
  }
}
