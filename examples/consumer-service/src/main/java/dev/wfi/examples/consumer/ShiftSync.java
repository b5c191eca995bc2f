package dev.wfi.examples.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wfi.models.api.ShiftsApi;
import dev.wfi.models.model.Shift;
import dev.wfi.models.model.WfmRequestItem;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The Graph side of a connector's shift sync, written against the generated {@link ShiftsApi}: in production a JAX-RS
 * client proxy of it talks to Graph, in the tests an in-memory one.
 */
public final class ShiftSync {
  /** Ask for the entity back, and for evolvable enum members (themes such as darkRed) as they are. */
  static final String PREFER = "return=representation, include-unknown-enum-members";

  private final ShiftsApi graph;
  private final ObjectMapper mapper;
  private final String authorization;
  private final String integrationId;
  private final UUID actsAs;

  /**
   * @param integrationId the connector's workforceIntegration id, sent as {@code X-MS-WFMPassthrough} on every write
   * @param actsAs the user an application token acts for ({@code MS-APP-ACTS-AS})
   */
  public ShiftSync(ShiftsApi graph, ObjectMapper mapper, String token, String integrationId, UUID actsAs) {
    this.graph = graph;
    this.mapper = mapper;
    this.authorization = "Bearer " + token;
    this.integrationId = integrationId;
    this.actsAs = actsAs;
  }

  /** The shift of a callback item from Shifts (url {@code /shifts/{id}}). */
  public Shift shiftOf(WfmRequestItem item) throws JsonProcessingException {
    return mapper.treeToValue(item.getBody(), Shift.class);
  }

  /** Writes a shift made in the WFM into Teams; the passthrough header keeps Shifts from sending it back. */
  public Shift push(String teamId, Shift fromWfm) {
    return graph.createShift(teamId, authorization, fromWfm, actsAs, integrationId, PREFER);
  }

  /**
   * Moves a shift read from Graph to the WFM's times. Only the version read is replaced ({@code If-Match} with its
   * {@code @odata.etag}): a change made in Teams since then fails with 412 rather than being overwritten.
   */
  public Shift move(String teamId, Shift read, OffsetDateTime start, OffsetDateTime end) {
    Shift moved = mapper.convertValue(read, Shift.class);
    moved.getSharedShift().startDateTime(start).endDateTime(end);
    return graph.replaceShift(teamId, read.getId(), authorization, moved, actsAs, integrationId, PREFER, read.getAtOdataEtag());
  }
}
