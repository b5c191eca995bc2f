package dev.wfi.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.models.model.EligibilityFilteringEnabledEntities;
import dev.wfi.models.model.WorkforceIntegrationSupportedEntities;
import dev.wfi.models.model.Identity;
import dev.wfi.models.model.IdentitySet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * An update converts only the properties it changes ({@link Revision#updated}); that must give what converting the
 * whole changed integration gives ({@link Revision#canonical}): the same JSON, in the same order, and the same
 * model. On random integrations and changes, values the model cannot read included (then both refuse).
 */
class RevisionTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] NAMES = {"id", "createdBy", "createdDateTime", "lastModifiedBy", "lastModifiedDateTime",
            "apiVersion", "displayName", "encryption", "isActive", "url", "supportedEntities",
            "eligibilityFilteringEnabledEntities", "supports", "unknownProperty"};

    @Property(tries = 2000)
    void anUpdateGivesWhatConvertingTheWholeIntegrationGives(@ForAll("integrations") ObjectNode before,
            @ForAll("integrations") ObjectNode changes, @ForAll("instants") OffsetDateTime at, @ForAll boolean application) {
        Revision previous;
        try {
            previous = Revision.canonical(before);
        } catch (IllegalStateException unreadable) {
            Assume.that(false);
            return;
        }
        // what the service sets, as the model's values and, independently, as JSON
        Identity identity = new Identity().id("id-" + at.getNano()).displayName("name " + at.getSecond());
        Map<String, Object> setByService = Map.of("lastModifiedDateTime", at,
                "lastModifiedBy", application ? new IdentitySet().application(identity) : new IdentitySet().user(identity));
        ObjectNode changed = previous.value().deepCopy().setAll(changes);
        changed.put("lastModifiedDateTime", DateTimeFormatter.ofPattern(Json.GRAPH_TIME).format(at));
        changed.putObject("lastModifiedBy").putObject(application ? "application" : "user")
                .put("id", identity.getId()).put("displayName", identity.getDisplayName());
        Revision expected;
        try {
            expected = Revision.canonical(changed);
        } catch (IllegalStateException unreadable) {
            Statistics.collect("the model refuses the change");
            assertThrows(IllegalStateException.class, () -> previous.updated(changes, setByService), changes::toString);
            return;
        }
        Statistics.collect("the model reads the change");

        Revision actual = previous.updated(changes, setByService);

        assertEquals(expected.value(), actual.value(), changes::toString);
        assertEquals(names(expected.value()), names(actual.value()), changes::toString);
        assertEquals(expected.model(), actual.model(), changes::toString);
    }

    @Example
    void anUpdateWritesFlagSetsCanonicallyAndKeepsWhatItDoesNotChange() {
        Revision previous = Revision.canonical(NODES.objectNode().put("displayName", "before").put("url", "https://wfm.example.com"));

        Revision next = previous.updated(NODES.objectNode().put("supportedEntities", "SwapRequest, shift").putNull("url"), Map.of());

        assertEquals("shift,swapRequest", next.value().path("supportedEntities").asText());
        assertEquals("before", next.value().path("displayName").asText());
        assertEquals(NODES.nullNode(), next.value().get("url"));
        assertEquals("https://wfm.example.com", previous.value().path("url").asText(), "the previous revision is unchanged");
    }

    @Example
    void anUpdateHoldsTheModelItsJsonReadsAsEvenForWhatTheServiceSets() {
        Grant grant = new Grant(java.util.Set.of(ScopeCheck.READ_WRITE), true, "app-id", "an app");
        Revision created = IntegrationChanges.created("id-1", NODES.objectNode().put("displayName", "before"), grant);

        Revision updated = IntegrationChanges.updated(created, NODES.objectNode().put("displayName", "after"), grant);

        assertEquals(Revision.canonical(updated.value()).model(), updated.model());
        assertEquals("after", updated.model().getDisplayName());
        assertEquals("before", created.model().getDisplayName(), "the previous revision's model is unchanged");
    }

    /** Field names at every level, in order: JsonNode equality ignores the order of an object's fields. */
    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fields().forEachRemaining(field -> {
            names.add(field.getKey());
            names(field.getValue()).forEach(name -> names.add(field.getKey() + "/" + name));
        });
        return names;
    }

    @Provide
    Arbitrary<OffsetDateTime> instants() {
        // in 100 ns, as the service makes them: a time in Graph's JSON holds no finer one
        return Combinators.combine(Arbitraries.longs().between(0, 4_000_000_000L), Arbitraries.integers().between(0, 9_999_999))
                .as((seconds, hundreds) -> Instant.ofEpochSecond(seconds, hundreds * 100L).atOffset(ZoneOffset.UTC));
    }

    /** Integrations (or changes) with each property absent, null or set, in reverse order: nothing may rely on the order. */
    @Provide
    Arbitrary<ObjectNode> integrations() {
        Arbitrary<List<JsonNode>> plain = Combinators.combine(text(), Arbitraries.integers().between(-3, 100_000),
                Arbitraries.of(true, false), text()).as((name, apiVersion, active, url) -> List.of(
                        NODES.textNode(name), apiVersion % 7 == 0 ? NODES.numberNode(apiVersion + 0.0) : NODES.numberNode(apiVersion),
                        NODES.booleanNode(active), NODES.textNode(url)));
        Arbitrary<List<JsonNode>> typed = Combinators.combine(flags(WorkforceIntegrationSupportedEntities.allowedNames()),
                flags(EligibilityFilteringEnabledEntities.allowedNames()), identitySet(), times(), encryption())
                .as((supported, eligibility, identity, time, encryption) -> List.of(NODES.textNode(supported),
                        NODES.textNode(eligibility), identity, NODES.textNode(time), encryption));
        return Combinators.combine(Arbitraries.of(0, 0, 1, 2, 2).list().ofSize(NAMES.length), plain, typed).as((presence, p, t) -> {
            // p: name, apiVersion, isActive, url; t: supported, eligibility, identity set, time, encryption
            JsonNode[] values = {p.get(0), t.get(2), t.get(3), t.get(2), t.get(3), p.get(1), p.get(0), t.get(4), p.get(2),
                    p.get(3), t.get(0), t.get(1), t.get(0), p.get(3)};
            ObjectNode integration = NODES.objectNode();
            for (int i = NAMES.length - 1; i >= 0; i--) {
                switch (presence.get(i)) {
                    case 1 -> integration.putNull(NAMES[i]);
                    case 2 -> integration.set(NAMES[i], values[i].deepCopy());
                    default -> { } // absent
                }
            }
            return integration;
        });
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().ofMaxLength(12);
    }

    /** Members of a flag enum in any order and casing, with spaces, sometimes one that is not a member. */
    private static Arbitrary<String> flags(List<String> members) {
        Arbitrary<String> member = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(members)),
                Tuple.of(2, Arbitraries.of(members).map(m -> m.toUpperCase(Locale.ROOT))),
                Tuple.of(1, Arbitraries.of("unknownFutureValue", "nonsense")));
        return member.list().ofMinSize(1).ofMaxSize(4).map(list -> String.join(list.size() % 2 == 0 ? ", " : ",", list));
    }

    private static Arbitrary<JsonNode> identitySet() {
        Arbitrary<JsonNode> identity = Combinators.combine(text(), text(), Arbitraries.of(true, false))
                .as((id, name, annotated) -> {
                    ObjectNode node = NODES.objectNode().put("id", id).put("displayName", name);
                    return annotated ? node.put("@odata.type", "#microsoft.graph.identity") : node;
                });
        return Combinators.combine(identity.injectNull(0.3), identity.injectNull(0.5), identity.injectNull(0.7))
                .as((application, device, user) -> {
                    ObjectNode set = NODES.objectNode();
                    if (application != null) {
                        set.set("application", application);
                    }
                    if (device != null) {
                        set.set("device", device);
                    }
                    if (user != null) {
                        set.set("user", user);
                    }
                    return set;
                });
    }

    /** Mostly Graph's form (seven fraction digits), sometimes another the model does not read. */
    private static Arbitrary<String> times() {
        return Combinators.combine(Arbitraries.longs().between(0, 4_000_000_000L), Arbitraries.integers().between(0, 999_999_999),
                Arbitraries.of(".SSSSSSS", ".SSSSSSS", ".SSSSSSS", ".SSS", ""), Arbitraries.of("X", "xxx"),
                Arbitraries.of(ZoneOffset.UTC, ZoneOffset.ofHours(2), ZoneOffset.ofHoursMinutes(-5, -30)))
                .as((seconds, nanos, fraction, zone, offset) -> DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss" + fraction + zone)
                        .format(Instant.ofEpochSecond(seconds, nanos).atOffset(offset)));
    }

    private static Arbitrary<JsonNode> encryption() {
        return Combinators.combine(Arbitraries.of("sharedSecret", "unknownFutureValue", "SharedSecret").injectNull(0.2),
                        Arbitraries.strings().ofLength(64).injectNull(0.3))
                .as((protocol, secret) -> {
                    ObjectNode node = NODES.objectNode();
                    if (protocol != null) {
                        node.put("protocol", protocol);
                    }
                    if (secret != null) {
                        node.put("secret", secret);
                    }
                    return node;
                });
    }
}
