package dev.wfi.errata.check;

import dev.wfi.contract.PropertyInfo;
import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.errata.extract.DocumentedExample;
import dev.wfi.report.Severity;

import java.util.Optional;

/**
 * A JSON representation block that names the wrong type for a property: the block shows
 * {@code {"@odata.type": "microsoft.graph.timeCardEvent"}} where the contract's property is a timeCardBreak. The
 * block's type names are its structure, so they are checked where its values are not.
 */
final class RepresentationTypeRule implements Rule {

    private static final String NAMESPACE = "microsoft.graph.";

    @Override
    public String id() {
        return "WFI-REPRESENTATION-TYPE";
    }

    @Override
    public Kind kind() {
        return Kind.TYPE;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocumentedExample example : page.coveredExamples()) {
            Optional<String> schema = page.target(example).schema();
            if (!example.isRepresentation() || schema.isEmpty()) {
                continue;
            }
            for (JsonWalk.Visit visit : page.walk(example)) {
                String pointer = visit.pointer();
                if (!pointer.endsWith("/@odata.type") || !visit.value().isTextual()) {
                    continue;
                }
                String owner = pointer.substring(0, pointer.length() - "/@odata.type".length());
                String shown = visit.value().asText().replaceFirst("^#", "");
                if (owner.isEmpty() || !shown.startsWith(NAMESPACE)) {
                    continue;
                }
                String name = shown.substring(NAMESPACE.length());
                Optional<String> declared = page.contract().property(schema.get(), owner).flatMap(PropertyInfo::typeName);
                if (declared.isEmpty() || declared.get().equalsIgnoreCase(name) || isSubtype(page, name, declared.get())) {
                    continue;
                }
                String right = NAMESPACE + declared.get();
                findings.add(this, Severity.ERROR, example, example.body().get().locate(pointer), pointer,
                        "'" + JsonWalk.name(owner.matches(".*/\\d+$") ? owner.substring(0, owner.lastIndexOf('/')) : owner)
                                + "' is a " + declared.get() + " in the API, not a " + name,
                        example.body().get().valueSpan(pointer).map(span -> new Fix(span.line(), span.column(), span.line(),
                                span.endColumn(), "\"" + (visit.value().asText().startsWith("#") ? "#" : "") + right + "\""))
                                .orElse(null));
            }
        }
    }

    /** A type of the contract that has every property of the declared one: a subtype, which may stand in for it. */
    private static boolean isSubtype(PageContext page, String name, String declared) {
        return page.contract().schemaNames().contains(name)
                && page.contract().propertyNames(name).containsAll(page.contract().propertyNames(declared));
    }
}
