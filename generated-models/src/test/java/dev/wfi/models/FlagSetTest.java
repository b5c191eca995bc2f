package dev.wfi.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wfi.models.model.EligibilityFilteringEnabledEntities;
import dev.wfi.models.model.WorkforceIntegration;
import dev.wfi.models.model.WorkforceIntegrationSupportedEntities;
import dev.wfi.models.model.WorkforceIntegrationSupportedEntities.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlagSetTest {
  private static final WorkforceIntegrationSupportedEntities SHIFT_AND_SWAP =
      WorkforceIntegrationSupportedEntities.of(Member.SHIFT, Member.SWAP_REQUEST);

  @ParameterizedTest
  @ValueSource(strings = {"Shift,SwapRequest", "shift,SwapRequest", " shift , swapRequest ", "swapRequest,shift", "shift,SHIFT,swapRequest"})
  void readsMembersIgnoringCaseSpacesOrderAndDuplicates(String wire) {
    assertEquals(SHIFT_AND_SWAP, WorkforceIntegrationSupportedEntities.fromValue(wire));
  }

  @Test
  void writesTheContractsSpellingInDeclaredOrderWithoutSpaces() throws Exception {
    assertEquals("shift,swapRequest", WorkforceIntegrationSupportedEntities.fromValue(" SwapRequest , Shift").toString());
    assertEquals("\"shift,swapRequest\"", Json.MAPPER.writeValueAsString(SHIFT_AND_SWAP));
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "None", " none ", ""})
  void readsNoneAsTheEmptySet(String wire) {
    WorkforceIntegrationSupportedEntities read = WorkforceIntegrationSupportedEntities.fromValue(wire);
    assertTrue(read.isEmpty());
    assertEquals(WorkforceIntegrationSupportedEntities.none(), read);
    assertTrue(read.contains(Member.NONE));
    assertFalse(read.iterator().hasNext());
  }

  @Test
  void writesTheEmptySetAsNone() {
    assertEquals("none", WorkforceIntegrationSupportedEntities.none().toString());
    assertEquals("none", WorkforceIntegrationSupportedEntities.of().toString());
    assertEquals("none", WorkforceIntegrationSupportedEntities.of(Member.NONE).toString());
    assertEquals("shift", WorkforceIntegrationSupportedEntities.fromValue("none,shift").toString());
  }

  @Test
  void keepsAnUnknownMemberAndWritesItBackAfterTheKnownOnes() throws Exception {
    WorkforceIntegrationSupportedEntities read = WorkforceIntegrationSupportedEntities.fromValue("holidayPlan, Shift, HolidayPlan");
    assertEquals(Set.of(Member.SHIFT), read.members());
    assertEquals(List.of("holidayPlan"), new ArrayList<>(read.unknownMembers()));
    assertFalse(read.isKnown());
    assertEquals("shift,holidayPlan", read.toString());

    WorkforceIntegration integration = Json.MAPPER.readValue("{\"supportedEntities\":\"holidayPlan,shift\"}", WorkforceIntegration.class);
    assertEquals("{\"supportedEntities\":\"shift,holidayPlan\"}", Json.MAPPER.writeValueAsString(integration));
  }

  @Test
  void strictCheckNamesTheUnknownMemberAndTheAllowedOnes() {
    WorkforceIntegrationSupportedEntities read = WorkforceIntegrationSupportedEntities.fromValue("shift,holidayPlan");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read.requireKnown("$.supportedEntities"));
    assertEquals("Expected one of [none, shift, swapRequest, userShiftPreferences, openShift, openShiftRequest,"
        + " offerShiftRequest, unknownFutureValue, timeCard, timeOffReason, timeOff, timeOffRequest]"
        + " but was 'holidayPlan' at $.supportedEntities", e.getMessage());

    IllegalArgumentException eligibility = assertThrows(IllegalArgumentException.class,
        () -> EligibilityFilteringEnabledEntities.fromValue("SwapRequests").requireKnown());
    assertEquals("Expected one of [none, swapRequest, offerShiftRequest, unknownFutureValue, timeOffReason]"
        + " but was 'SwapRequests' at $", eligibility.getMessage());
  }

  @Test
  void strictCheckPassesKnownMembers() {
    assertSame(SHIFT_AND_SWAP, SHIFT_AND_SWAP.requireKnown());
    assertTrue(WorkforceIntegrationSupportedEntities.fromValue("none").isKnown());
  }

  @Test
  void membersAfterUnknownFutureValueAreEvolvable() {
    List<Member> evolvable = new ArrayList<>();
    for (Member member : Member.values()) {
      if (member.isEvolvable()) {
        evolvable.add(member);
      }
    }
    assertEquals(List.of(Member.TIME_CARD, Member.TIME_OFF_REASON, Member.TIME_OFF, Member.TIME_OFF_REQUEST), evolvable);
    assertTrue(EligibilityFilteringEnabledEntities.Member.TIME_OFF_REASON.isEvolvable());
    assertFalse(EligibilityFilteringEnabledEntities.Member.SWAP_REQUEST.isEvolvable());
  }

  @Test
  void unionContainsAndIterationFollowDeclaredOrder() {
    WorkforceIntegrationSupportedEntities union = WorkforceIntegrationSupportedEntities.of(Member.TIME_OFF)
        .union(WorkforceIntegrationSupportedEntities.fromValue("openShift,holidayPlan"))
        .union(SHIFT_AND_SWAP);
    List<Member> iterated = new ArrayList<>();
    union.forEach(iterated::add);
    assertEquals(List.of(Member.SHIFT, Member.SWAP_REQUEST, Member.OPEN_SHIFT, Member.TIME_OFF), iterated);
    assertTrue(union.contains(Member.OPEN_SHIFT));
    assertFalse(union.contains(Member.TIME_CARD));
    assertFalse(union.contains(Member.NONE));
    assertEquals("shift,swapRequest,openShift,timeOff,holidayPlan", union.toString());
  }

  @Test
  void isImmutable() {
    assertThrows(UnsupportedOperationException.class, () -> SHIFT_AND_SWAP.members().add(Member.TIME_OFF));
    assertThrows(UnsupportedOperationException.class, () -> SHIFT_AND_SWAP.unknownMembers().add("x"));
    assertEquals("shift,swapRequest", SHIFT_AND_SWAP.toString());
  }

  @Test
  void readsAJsonNullAsNoSet() throws Exception {
    WorkforceIntegration integration = Json.MAPPER.readValue("{\"supportedEntities\":null}", WorkforceIntegration.class);
    assertEquals(null, integration.getSupportedEntities());
  }
}
