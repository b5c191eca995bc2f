package dev.wfi.errata.check;

import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.errata.extract.DocumentedExample;
import dev.wfi.report.Severity;

import java.util.Optional;

/**
 * {@code @odata.type} values, in a payload or in a docs annotation, that misspell a type of the contract: type
 * names are case-sensitive. The leading '#' is optional in both (Graph accepts either), and a type the contract
 * does not describe is outside its scope, not an error.
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
                misspelled(page, annotated).ifPresent(right -> {
                    int line = annotationLine(page, example, annotated);
                    int column = page.line(line).indexOf(annotated) + 1;
                    findings.add(this, Severity.ERROR, example, line, column, "annotation @odata.type '" + annotated
                            + "' misspells the type: it is " + right + " (type names are case-sensitive)",
                            column > 0 ? Fix.replace(line, column, annotated.length(), right) : null);
                });
            }
            for (JsonWalk.Visit visit : page.walk(example)) {
                String pointer = visit.pointer();
                if (!pointer.endsWith("/@odata.type") || !visit.value().isTextual()) {
                    continue;
                }
                String type = visit.value().asText();
                misspelled(page, type).ifPresent(right -> findings.add(this, Severity.ERROR, example,
                        example.body().get().locate(pointer), pointer, "@odata.type '" + type + "' misspells the type: it is "
                                + right + " (type names are case-sensitive)",
                        example.body().get().valueSpan(pointer).map(span -> new Fix(span.line(), span.column(), span.line(),
                                span.endColumn(), "\"" + right + "\"")).orElse(null)));
            }
        }
    }

    /** The right spelling, keeping the value's own '#' or its absence, when the value names a contract type in another case. */
    private static Optional<String> misspelled(PageContext page, String value) {
        String hash = value.startsWith("#") ? "#" : "";
        String qualified = value.substring(hash.length());
        if (!qualified.regionMatches(true, 0, NAMESPACE, 0, NAMESPACE.length())) {
            return Optional.empty();
        }
        String name = qualified.substring(NAMESPACE.length());
        if (qualified.startsWith(NAMESPACE) && page.contract().schemaNames().contains(name)) {
            return Optional.empty();
        }
        return page.contract().schemaNameIgnoringCase(name).map(s -> hash + NAMESPACE + s);
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
