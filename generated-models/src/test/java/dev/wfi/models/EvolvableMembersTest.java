package dev.wfi.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wfi.models.model.DayOfWeek;
import dev.wfi.models.model.ScheduleEntityTheme;
import dev.wfi.models.model.WorkforceIntegrationSupportedEntities;
import dev.wfi.models.model.WorkforceIntegrationSupportedEntities.Member;
import org.junit.jupiter.api.Test;

/** Members declared after unknownFutureValue reach only callers that sent Prefer: include-unknown-enum-members. */
class EvolvableMembersTest {
  @Test
  void aPlainEnumKnowsItsEvolvableMembers() {
    assertTrue(ScheduleEntityTheme.DARK_RED.isEvolvable());
    assertFalse(ScheduleEntityTheme.DARK_YELLOW.isEvolvable());
    assertFalse(ScheduleEntityTheme.UNKNOWN_FUTURE_VALUE.isEvolvable());
    assertFalse(DayOfWeek.SATURDAY.isEvolvable(), "an enum without unknownFutureValue has none");
  }

  @Test
  void aPlainEnumMemberFollowsPrefer() {
    assertSame(ScheduleEntityTheme.DARK_RED, ScheduleEntityTheme.DARK_RED.forPrefer(true));
    assertSame(ScheduleEntityTheme.UNKNOWN_FUTURE_VALUE, ScheduleEntityTheme.DARK_RED.forPrefer(false));
    assertSame(ScheduleEntityTheme.BLUE, ScheduleEntityTheme.BLUE.forPrefer(false));
    assertSame(DayOfWeek.MONDAY, DayOfWeek.MONDAY.forPrefer(false));
  }

  @Test
  void aFlagSetFollowsPrefer() {
    WorkforceIntegrationSupportedEntities set = WorkforceIntegrationSupportedEntities.fromValue("shift,timeCard,timeOff,holidayPlan");
    assertSame(set, set.forPrefer(true));
    assertEquals("shift,unknownFutureValue,holidayPlan", set.forPrefer(false).toString());
    WorkforceIntegrationSupportedEntities known = WorkforceIntegrationSupportedEntities.of(Member.SHIFT, Member.SWAP_REQUEST);
    assertSame(known, known.forPrefer(false));
  }
}
