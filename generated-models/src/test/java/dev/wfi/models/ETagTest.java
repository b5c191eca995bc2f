package dev.wfi.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wfi.models.model.ETag;
import dev.wfi.models.model.Shift;
import dev.wfi.models.model.WfmResponseBody;
import org.junit.jupiter.api.Test;

class ETagTest {
  private static final String GRAPH_TAG = "\"4002def0-0000-0c00-0000-672ea2ff0000\"";

  @Test
  void readsQuotedWeakUnquotedAndAnyTags() {
    assertEquals("4002def0-0000-0c00-0000-672ea2ff0000", ETag.fromValue(GRAPH_TAG).opaqueTag());
    assertFalse(ETag.fromValue(GRAPH_TAG).isWeak());
    assertTrue(ETag.fromValue("W/\"1\"").isWeak());
    assertEquals("1", ETag.fromValue("W/\"1\"").opaqueTag());
    assertEquals("4000ee23-0000-0700-0000-5d1415f60000", ETag.fromValue("4000ee23-0000-0700-0000-5d1415f60000").opaqueTag());
    assertSame(ETag.ANY, ETag.fromString("*"));
    assertNull(ETag.fromValue(null));
  }

  @Test
  void writesTheTagAsReceived() {
    assertEquals(GRAPH_TAG, ETag.fromValue(GRAPH_TAG).toString());
    assertEquals("4000ee23", ETag.fromValue("4000ee23").toString());
    assertEquals("\"7\"", ETag.strong("7").toString());
    assertEquals("W/\"7\"", ETag.weak("7").toString());
  }

  @Test
  void matchesAsIfMatchDoes() {
    ETag current = ETag.fromValue(GRAPH_TAG);
    assertTrue(ETag.strong("4002def0-0000-0c00-0000-672ea2ff0000").matches(current));
    assertTrue(ETag.fromValue("4002def0-0000-0c00-0000-672ea2ff0000").matches(current), "an unquoted form of the same tag");
    assertTrue(ETag.ANY.matches(current));
    assertFalse(ETag.strong("stale").matches(current));
    assertFalse(ETag.weak("4002def0-0000-0c00-0000-672ea2ff0000").matches(current), "If-Match compares strongly");
    assertFalse(current.matches(null));
  }

  @Test
  void refusesWhatIsNoTag() {
    assertEquals("Expected an entity tag (\"x\", W/\"x\" or *) but was an empty string",
        assertThrows(IllegalArgumentException.class, () -> ETag.fromValue(" ")).getMessage());
    assertEquals("Expected an opaque tag without quotes but was '\"7\"'",
        assertThrows(IllegalArgumentException.class, () -> ETag.strong("\"7\"")).getMessage());
  }

  @Test
  void travelsThroughTheModelsUnchanged() throws Exception {
    JsonNode answer = Json.MAPPER.readTree("{\"eTag\":\"4000ee23-0000-0700-0000-5d1415f60000\"}");
    WfmResponseBody body = Json.MAPPER.treeToValue(answer, WfmResponseBody.class);
    assertEquals(ETag.fromValue("4000ee23-0000-0700-0000-5d1415f60000"), body.geteTag());
    assertEquals(answer, Json.MAPPER.valueToTree(body));

    JsonNode read = Json.MAPPER.readTree("{\"@odata.etag\":" + Json.MAPPER.writeValueAsString(GRAPH_TAG) + ",\"id\":\"SHFT_1\"}");
    Shift shift = Json.MAPPER.treeToValue(read, Shift.class);
    assertEquals("4002def0-0000-0c00-0000-672ea2ff0000", shift.getAtOdataEtag().opaqueTag());
    assertEquals(read, Json.MAPPER.valueToTree(shift));
  }
}
