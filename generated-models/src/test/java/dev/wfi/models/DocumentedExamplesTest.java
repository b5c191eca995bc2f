package dev.wfi.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.models.model.WfmBatchRequest;
import dev.wfi.models.model.ScheduleChangeState;
import dev.wfi.models.model.SwapShiftsChangeRequest;
import dev.wfi.models.model.TimeCard;
import dev.wfi.models.model.WfmBatchResponse;
import dev.wfi.models.model.WfmRequestItem;
import dev.wfi.models.model.WorkforceIntegration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every well-formed JSON body of the docs reads into the models and writes back unchanged (flags canonical). */
class DocumentedExamplesTest {
  private static final List<String> FLAG_MEMBERS = List.of("supportedEntities", "eligibilityFilteringEnabledEntities", "supports");

  /** Two of the three member names the docs' timeCard callback gets wrong (the third is breaks[].id); see the README. */
  private static final Map<String, String> TIME_CARD_EVENTS = Map.of("clockIn", "clockInEvent", "clockOut", "clockOutEvent");

  @TestFactory
  Stream<DynamicTest> documentedExamplesRoundTrip() {
    return Stream.of(
            example("000-create-request.json", WorkforceIntegration.class),
            example("000-create-response.json", WorkforceIntegration.class),
            example("002-create-request.json", WorkforceIntegration.class),
            example("002-create-response.json", WorkforceIntegration.class),
            example("004-resource.json", WorkforceIntegration.class),
            example("000-timecard-update-response.json", WfmBatchResponse.class))
        .map(e -> DynamicTest.dynamicTest(e.file, () -> assertRoundTrips(Json.resource("/docs-examples/" + e.file), e.type)));
  }

  @Test
  void timeCardCallbackRoundTripsAndItsBodyOnceTheDocumentedErrataAreCorrected() throws Exception {
    JsonNode documented = Json.resource("/docs-examples/000-timecard-update-request.json");
    assertRoundTrips(documented, WfmBatchRequest.class);

    WfmRequestItem item = Json.MAPPER.treeToValue(documented, WfmBatchRequest.class).getRequests().get(0);
    assertEquals("/timecards", item.getUrl());
    UnrecognizedPropertyException rejected = assertThrows(UnrecognizedPropertyException.class,
        () -> Json.MAPPER.treeToValue(item.getBody(), TimeCard.class));
    assertEquals("clockIn", rejected.getPropertyName());

    ObjectNode body = (ObjectNode) Json.renamed(item.getBody(), TIME_CARD_EVENTS);
    for (JsonNode breaks : List.of(body.at("/breaks"), body.at("/originalEntry/breaks"))) {
      breaks.forEach(b -> ((ObjectNode) b).set("breakId", ((ObjectNode) b).remove("id")));
    }
    assertTrue(body.at("/originalEntry/clockInEvent").isObject(), "renamed below the top level too");
    assertRoundTrips(body, TimeCard.class);
  }

  /** The body's schema follows the item's url, so it stays a tree until the consumer picks the entity class. */
  @Test
  void callbackBodyReadsAsTheEntityItsUrlNames() throws Exception {
    WfmRequestItem item = Json.MAPPER.readValue(
        "{\"id\":\"1\",\"method\":\"PUT\",\"url\":\"/swapRequests/SREQ_1\",\"body\":{\"id\":\"SREQ_1\",\"state\":\"pending\"}}",
        WfmRequestItem.class);
    SwapShiftsChangeRequest swap = Json.MAPPER.treeToValue(item.getBody(), SwapShiftsChangeRequest.class);
    assertEquals(ScheduleChangeState.PENDING, swap.getState());
  }

  private static void assertRoundTrips(JsonNode input, Class<?> type) throws Exception {
    Object model = Json.MAPPER.treeToValue(input, type);
    JsonNode written = Json.MAPPER.valueToTree(model);
    assertEquals(Json.normalized(withCanonicalFlags(input)), Json.normalized(written));
  }

  /**
   * The docs' flag values as a canonical writer spells them. Deliberately independent of the generated flag sets: the
   * documented members only differ from the contract's spelling in their first letter, and are in declared order.
   */
  private static JsonNode withCanonicalFlags(JsonNode input) {
    JsonNode copy = input.deepCopy();
    if (copy.isObject()) {
      ObjectNode object = (ObjectNode) copy;
      for (String name : FLAG_MEMBERS) {
        if (object.hasNonNull(name)) {
          object.put(name, Arrays.stream(object.get(name).asText().split(","))
              .map(String::trim)
              .map(m -> m.substring(0, 1).toLowerCase(Locale.ROOT) + m.substring(1))
              .collect(Collectors.joining(",")));
        }
      }
    }
    return copy;
  }

  private static Example example(String file, Class<?> type) {
    return new Example(file, type);
  }

  private record Example(String file, Class<?> type) {
  }
}
