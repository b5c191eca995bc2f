package dev.wfi.errata.check;

import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.errata.extract.DocumentedExample;

import java.util.Optional;

/**
 * {@code @odata.type} values: in a payload "#microsoft.graph.name" with the leading '#', in a docs
 * annotation "microsoft.graph.name"; either way the name must be a type of the contract, spelled as it is.
 */
final class ODataTypeRule implements Rule {

    private static final String NAMESPACE = "microsoft.graph.";

    @Override
    public String id() {
        return "WFI-ODATA-TYPE";
    }

    @Override
    public Kind kind() {
        return Kind.ODATA_TYPE;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocumentedExample example : page.examples()) {
            String annotated = example.annotationText("@odata.type");
            if (!annotated.isEmpty()) {
                problem(page, annotated.startsWith("#") ? annotated.substring(1) : annotated).ifPresent(message -> {
                    int line = annotationLine(page, example, annotated);
                    findings.add(this, Severity.ERROR, example, line, page.line(line).indexOf(annotated) + 1,
                            "annotation @odata.type " + message);
                });
            }
            for (JsonWalk.Visit visit : page.walk(example)) {
                String pointer = visit.pointer();
                if (!pointer.endsWith("/@odata.type") || !visit.value().isTextual()) {
                    continue;
                }
                String type = visit.value().asText();
                Optional<String> message = type.startsWith("#")
                        ? problem(page, type.substring(1))
                        : Optional.of("'" + type + "' lacks the leading '#': write \"#" + type + "\"");
                message.ifPresent(m -> findings.add(this, Severity.ERROR, example, example.body().get().locate(pointer),
                        pointer, "@odata.type " + m));
            }
        }
    }

    private static Optional<String> problem(PageContext page, String qualified) {
        if (!qualified.startsWith(NAMESPACE)) {
            return Optional.of("'" + qualified + "' is not in the microsoft.graph namespace");
        }
        String name = qualified.substring(NAMESPACE.length());
        if (page.contract().schemaNames().contains(name)) {
            return Optional.empty();
        }
        return page.contract().schemaNames().stream().filter(s -> s.equalsIgnoreCase(name)).findFirst()
                .map(s -> "'" + qualified + "' misspells the type: it is microsoft.graph." + s + " (type names are case-sensitive)")
                .or(() -> Optional.of("'" + qualified + "' names no type of the contract"));
    }

    /** The annotation comment sits just above the example; find the line that holds the value. */
    private static int annotationLine(PageContext page, DocumentedExample example, String value) {
        for (int line = example.line(); line > 0 && line > example.line() - 15; line--) {
            if (page.line(line).contains("\"@odata.type\"") && page.line(line).contains(value)) {
                return line;
            }
        }
        return example.line();
    }
}
