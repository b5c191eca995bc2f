package dev.wfi.examples.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wfi.models.api.ShiftsApi;
import dev.wfi.models.model.ETag;
import dev.wfi.models.model.Shift;
import dev.wfi.models.model.ShiftCollectionResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Graph's shifts of one team, in memory: what the JAX-RS client proxy of ShiftsApi would reach over HTTP. */
final class InMemoryShifts implements ShiftsApi {
  /** What Graph answers a write whose If-Match names a version that is no longer current. */
  static final class PreconditionFailed extends RuntimeException {
    PreconditionFailed(ETag sent, ETag current) {
      super("412 Precondition Failed: If-Match " + sent + " but the shift is at " + current);
    }
  }

  private final ObjectMapper mapper;
  private final Map<String, Shift> shifts = new LinkedHashMap<>();
  final List<String> passthroughs = new ArrayList<>();
  private int version;

  InMemoryShifts(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public Shift createShift(String teamId, String authorization, Shift shift, UUID actsAs, String passthrough, String prefer) {
    return store("SHFT_" + UUID.randomUUID(), shift, passthrough);
  }

  @Override
  public Shift getShift(String teamId, String shiftId, String authorization, UUID actsAs, String prefer) {
    return copy(shifts.get(shiftId));
  }

  @Override
  public ShiftCollectionResponse listShifts(String teamId, String authorization, UUID actsAs, String prefer, String filter) {
    return new ShiftCollectionResponse().value(shifts.values().stream().map(this::copy).toList());
  }

  @Override
  public Shift replaceShift(String teamId, String shiftId, String authorization, Shift shift, UUID actsAs, String passthrough,
      String prefer, ETag ifMatch) {
    ETag current = shifts.get(shiftId).getAtOdataEtag();
    if (ifMatch != null && !ifMatch.matches(current)) {
      throw new PreconditionFailed(ifMatch, current);
    }
    return store(shiftId, shift, passthrough);
  }

  @Override
  public Shift updateShift(String teamId, String shiftId, String authorization, Shift shift, UUID actsAs, String passthrough,
      String prefer, ETag ifMatch) {
    return replaceShift(teamId, shiftId, authorization, shift, actsAs, passthrough, prefer, ifMatch);
  }

  @Override
  public void deleteShift(String teamId, String shiftId, String authorization, UUID actsAs, String passthrough, ETag ifMatch) {
    shifts.remove(shiftId);
  }

  private Shift store(String id, Shift shift, String passthrough) {
    Shift stored = copy(shift).id(id).atOdataEtag(ETag.strong("v" + ++version));
    shifts.put(id, stored);
    passthroughs.add(passthrough);
    return copy(stored);
  }

  private Shift copy(Shift shift) {
    return shift == null ? null : mapper.convertValue(shift, Shift.class);
  }
}
