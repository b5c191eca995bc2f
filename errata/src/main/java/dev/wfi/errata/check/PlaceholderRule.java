package dev.wfi.errata.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.contract.SchemaViolation;
import dev.wfi.errata.extract.DocumentedExample;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Placeholder values in example bodies. A placeholder the contract would reject (an enum or a URL) is an
 * error: a reader who copies the example gets a 400. One that is merely not a realistic value is a warning.
 */
final class PlaceholderRule implements Rule {

    @Override
    public String id() {
        return "WFI-PLACEHOLDER";
    }

    @Override
    public Kind kind() {
        return Kind.PLACEHOLDER;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocumentedExample example : page.examples()) {
            if (example.isRepresentation()) {
                continue; // type names stand in for values there, by the docs' convention
            }
            boolean covered = page.covers(example);
            ExampleTarget target = page.target(example);
            List<JsonWalk.Visit> placeholders = page.walk(example).stream()
                    .filter(v -> Placeholders.isPlaceholder(v.value()) && !(covered && echoedSecret(page, target, v.pointer())))
                    .toList();
            Set<String> reported = new HashSet<>();
            for (JsonWalk.Visit visit : placeholders) {
                String pointer = visit.pointer();
                JsonNode value = visit.value();
                Optional<SchemaViolation> invalid = covered ? target.violations().stream()
                        .filter(v -> v.pointer().equals(pointer)).findFirst() : Optional.empty();
                // a type name put in every field is one cause: the example was never filled in
                long same = Placeholders.isTypeName(value) ? placeholders.stream()
                        .filter(p -> p.value().asText().equalsIgnoreCase(value.asText())).count() : 1;
                if (same > 1 && invalid.isEmpty() && !reported.add(value.asText().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String message = invalid
                        .map(v -> "placeholder '" + value.asText() + "' is not a valid value: " + v.message())
                        .orElse(same > 1 ? "placeholder '" + value.asText() + "' stands for " + same
                                + " values of this example; show realistic values"
                                : "placeholder '" + value.asText() + "'; show a realistic value");
                findings.add(this, invalid.isPresent() ? Severity.ERROR : Severity.WARNING, example,
                        example.body().get().locate(pointer), pointer, message);
            }
        }
    }

    /** A write-only value in a response: its one cause is that it is shown at all, which the secret rule reports. */
    private static boolean echoedSecret(PageContext page, ExampleTarget target, String pointer) {
        return !target.isRequest() && target.schemaAt(pointer)
                .flatMap(schema -> page.contract().property(schema, pointer)).map(p -> p.writeOnly()).orElse(false);
    }
}
