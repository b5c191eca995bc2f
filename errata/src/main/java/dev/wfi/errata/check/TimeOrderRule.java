package dev.wfi.errata.check;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.errata.extract.DocumentedExample;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Times that run backwards inside one object: modified before created, an end before its start, a
 * clock-out before the clock-in. Offsets are honoured ("+03:00" is three hours ahead of UTC).
 */
final class TimeOrderRule implements Rule {

    /** Pairs of (earlier, later) pointers relative to an object, compiled once: the rule visits every object. */
    private static final List<JsonPointer[]> PAIRS = Stream.of(
            new String[] {"/createdDateTime", "/lastModifiedDateTime"},
            new String[] {"/startDateTime", "/endDateTime"},
            new String[] {"/start/dateTime", "/end/dateTime"},
            new String[] {"/clockIn/dateTime", "/clockOut/dateTime"})
            .map(pair -> new JsonPointer[] {JsonPointer.compile(pair[0]), JsonPointer.compile(pair[1])}).toList();

    @Override
    public String id() {
        return "WFI-TIME-ORDER";
    }

    @Override
    public Kind kind() {
        return Kind.TIME;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocumentedExample example : page.examples()) {
            for (JsonWalk.Visit visit : page.walk(example)) {
                JsonNode value = visit.value();
                if (!value.isObject()) {
                    continue;
                }
                for (JsonPointer[] pair : PAIRS) {
                    // the later time is parsed only when the earlier one is there: most objects have neither
                    Optional<OffsetDateTime> earlier = time(value.at(pair[0]));
                    Optional<OffsetDateTime> later = earlier.isPresent() ? time(value.at(pair[1])) : Optional.empty();
                    if (later.isPresent() && later.get().isBefore(earlier.get())) {
                        String pointer = visit.pointer();
                        String at = pointer + pair[1];
                        findings.add(this, Severity.ERROR, example, example.body().get().locate(at), at,
                                at + " (" + value.at(pair[1]).asText() + ") is before " + pointer + pair[0] + " ("
                                        + value.at(pair[0]).asText() + ")");
                    }
                }
            }
        }
    }

    private static Optional<OffsetDateTime> time(JsonNode node) {
        if (!node.isTextual() || node.asText().isEmpty() || !Character.isDigit(node.asText().charAt(0))) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(node.asText()));
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }
}
