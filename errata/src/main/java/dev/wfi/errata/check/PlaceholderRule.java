package dev.wfi.errata.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.contract.SchemaViolation;
import dev.wfi.errata.extract.DocumentedExample;

import java.util.Optional;

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
            for (JsonWalk.Visit visit : page.walk(example)) {
                String pointer = visit.pointer();
                JsonNode value = visit.value();
                if (!Placeholders.isPlaceholder(value) || covered && echoedSecret(page, target, pointer)) {
                    continue;
                }
                Optional<SchemaViolation> invalid = covered ? target.violations().stream()
                        .filter(v -> v.pointer().equals(pointer)).findFirst() : Optional.empty();
                String message = invalid
                        .map(v -> "placeholder '" + value.asText() + "' is not a valid value: " + v.message())
                        .orElse("placeholder '" + value.asText() + "'; show a realistic value");
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
