package dev.wfi.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wfi.models.model.EligibilityFilteringEnabledEntities;
import dev.wfi.models.model.WorkforceIntegrationSupportedEntities;
import dev.wfi.models.model.WorkforceIntegrationSupportedEntities.Member;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FlagSetPropertiesTest {

  /** Every one of the 2^12 subsets, as a bit mask (jqwik's exhaustive subsetOf is far too slow for 12 members). */
  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 4096)
  void readingTheWrittenFormGivesTheSameSet(@ForAll @IntRange(min = 0, max = 4095) int mask) {
    Member[] all = Member.values();
    assertEquals(12, all.length, "the mask covers every member");
    WorkforceIntegrationSupportedEntities set = WorkforceIntegrationSupportedEntities.of(subset(all, mask));
    assertEquals(set, WorkforceIntegrationSupportedEntities.fromValue(set.toString()));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 32)
  void readingTheWrittenFormGivesTheSameSetForEligibility(@ForAll @IntRange(min = 0, max = 31) int mask) {
    EligibilityFilteringEnabledEntities.Member[] all = EligibilityFilteringEnabledEntities.Member.values();
    assertEquals(5, all.length, "the mask covers every member");
    EligibilityFilteringEnabledEntities set = EligibilityFilteringEnabledEntities.of(subset(all, mask));
    assertEquals(set, EligibilityFilteringEnabledEntities.fromValue(set.toString()));
  }

  @Property
  void writingIsIdempotentOverAnyWireForm(@ForAll("wireForms") String wire) {
    String once = WorkforceIntegrationSupportedEntities.fromValue(wire).toString();
    assertEquals(once, WorkforceIntegrationSupportedEntities.fromValue(once).toString());
    assertEquals(WorkforceIntegrationSupportedEntities.fromValue(wire), WorkforceIntegrationSupportedEntities.fromValue(once));
  }

  private static <T> T[] subset(T[] all, int mask) {
    return IntStream.range(0, all.length).filter(i -> (mask & (1 << i)) != 0).mapToObj(i -> all[i])
        .toArray(n -> java.util.Arrays.copyOf(all, n));
  }

  /** Member names in any case, unknown names, "none", padded with spaces, joined by commas. */
  @Provide
  Arbitrary<String> wireForms() {
    Arbitrary<String> known = Arbitraries.of(Member.values()).map(Member::value);
    Arbitrary<String> unknown = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> name = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, known), net.jqwik.api.Tuple.of(2, unknown), net.jqwik.api.Tuple.of(1, Arbitraries.just("none")));
    Arbitrary<String> spelled = Combinators.combine(name, Arbitraries.of(Casing.values()), Arbitraries.of("", " ", "  "), Arbitraries.of("", " "))
        .as((n, casing, before, after) -> before + casing.apply(n) + after);
    return spelled.list().ofMinSize(0).ofMaxSize(8).map(FlagSetPropertiesTest::joined);
  }

  private static String joined(List<String> names) {
    return String.join(",", names);
  }

  private enum Casing {
    AS_IS, UPPER, LOWER, CAPITALIZED;

    String apply(String name) {
      switch (this) {
        case UPPER:
          return name.toUpperCase(Locale.ROOT);
        case LOWER:
          return name.toLowerCase(Locale.ROOT);
        case CAPITALIZED:
          return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        default:
          return name;
      }
    }
  }
}
