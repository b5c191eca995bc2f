package dev.wfi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

class FlagEnumPropertiesTest {
    private static final Contract CONTRACT = Contract.bundled();
    private static final List<String> MEMBERS = CONTRACT.flagMembers("workforceIntegrationSupportedEntities");

    private static ObjectNode withSupportedEntities(String value) {
        ObjectNode node = new ObjectMapper().createObjectNode();
        node.put("supportedEntities", value);
        return node;
    }

    @Provide
    Arbitrary<String> memberSets() {
        Arbitrary<String> member = Arbitraries.of(MEMBERS).flatMap(name -> Arbitraries.of(
                name, name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT),
                Character.toUpperCase(name.charAt(0)) + name.substring(1)));
        Arbitrary<String> padded = Combinators.combine(Arbitraries.of("", " ", "  "), member, Arbitraries.of("", " "))
                .as((before, name, after) -> before + name + after);
        return padded.list().ofMinSize(1).ofMaxSize(6).map(list -> String.join(",", list));
    }

    @Property(tries = 200)
    void everySetOfMembersInAnyCasingValidates(@ForAll("memberSets") String value) {
        assertEquals(List.of(), CONTRACT.validate("workforceIntegration", withSupportedEntities(value)));
    }

    @Property(tries = 200)
    void aSetWithAnUnknownMemberIsRejectedNamingIt(@ForAll("memberSets") String value,
            @ForAll("unknownMembers") String unknown) {
        String set = value + "," + unknown;

        List<SchemaViolation> violations = CONTRACT.validate("workforceIntegration", withSupportedEntities(set));

        assertEquals(1, violations.size(), violations::toString);
        assertEquals("enum", violations.get(0).keyword());
        assertTrue(violations.get(0).message().contains("'" + unknown + "'"), violations.get(0).message());
    }

    @Provide
    Arbitrary<String> unknownMembers() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
                .filter(name -> MEMBERS.stream().noneMatch(member -> member.equalsIgnoreCase(name)));
    }
}
