package dev.wfi.errata.check;

import dev.wfi.contract.Contract;
import dev.wfi.contract.OperationMatch;
import dev.wfi.errata.extract.DocumentedExample;
import dev.wfi.errata.extract.ExtractedPage;

import dev.wfi.errata.extract.DocTable;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What of a page the contract covers. A page documents operations (its request syntax and its request examples)
 * or a resource (its JSON representation); the rules that judge by the contract apply only where it covers them,
 * and everything else is checked for syntax alone: a page about an API the contract does not describe is not wrong.
 */
final class Scope {

    private final Contract contract;
    private final Optional<OperationMatch> operation;
    private final Optional<String> resource;
    private final List<OperationMatch> candidates;
    private final Map<DocumentedExample, Boolean> covered = new IdentityHashMap<>();

    private Scope(Contract contract, Optional<OperationMatch> operation, Optional<String> resource,
                  List<OperationMatch> candidates) {
        this.contract = contract;
        this.operation = operation;
        this.resource = resource;
        this.candidates = candidates;
    }

    static Scope of(ExtractedPage page, Contract contract) {
        // what the request syntax or a request addresses, or nearly does with the same method (an id left out)
        Optional<OperationMatch> operation = page.syntax().stream()
                .map(s -> ExampleTarget.addressed(contract, s.method(), s.path())).flatMap(Optional::stream).findFirst()
                .or(() -> page.examples().stream().filter(e -> e.role() == DocumentedExample.Role.REQUEST)
                        .map(e -> ExampleTarget.addressed(contract, e.method(), e.url())).flatMap(Optional::stream).findFirst());
        Optional<String> resource = page.examples().stream().filter(e -> e.role() == DocumentedExample.Role.RESOURCE)
                .map(e -> ExampleTarget.schemaForODataType(e.annotationText("@odata.type"), contract))
                .flatMap(Optional::stream).findFirst()
                .or(() -> operation.isPresent() ? Optional.empty() : describedSchema(page, contract));
        List<OperationMatch> candidates = operation.map(List::of).orElseGet(() -> resource
                .map(schema -> GraphOperations.all(contract).stream().filter(o -> o.requestSchema().filter(schema::equals)
                        .isPresent() || o.responses().values().stream().anyMatch(r -> r.filter(schema::equals).isPresent()))
                        .toList())
                .orElse(List.of()));
        return new Scope(contract, operation, resource, candidates);
    }

    /**
     * The schema a page's property tables describe, when they name it unmistakably: most of a table's rows, and at
     * least three, are properties of one schema. A page whose render lost its request lines is still known by them.
     */
    private static Optional<String> describedSchema(ExtractedPage page, Contract contract) {
        for (DocTable table : page.tables(DocTable.Type.PROPERTIES)) {
            Optional<String> schema = PropertyTables.schemaOf(table, contract);
            if (schema.isPresent()) {
                long named = table.rows().stream().map(r -> r.cell(0).english())
                        .filter(n -> contract.property(schema.get(), "/" + n).isPresent()).count();
                if (named >= 3 && named * 2 > table.rows().size()) {
                    return schema;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The operations the page may document: the one it names, or, when it names none, every Graph operation that
     * takes or answers the page's schema. A statement about permissions contradicts the contract only when it
     * contradicts every candidate.
     */
    List<OperationMatch> candidates() {
        return candidates;
    }

    /** The resource type the page describes: its JSON representation's type, or the schema its tables name. */
    Optional<String> resource() {
        return resource;
    }

    /** The page documents an operation or resource of the contract. */
    boolean page() {
        return operation.isPresent() || resource.isPresent();
    }

    /** The operation the page documents, from its request syntax or else its first request the contract knows. */
    Optional<OperationMatch> operation() {
        return operation;
    }

    /**
     * The contract covers this example: a request it has an operation for, a response to such a request (or, on a
     * covered page, one annotated with a type of the contract), a resource of a type of the contract.
     */
    boolean example(DocumentedExample example, ExampleTarget target) {
        return covered.computeIfAbsent(example, e -> switch (e.role()) {
            case REQUEST -> target.operation().isPresent();
            case RESPONSE -> target.operation().isPresent() || page() && e.request().isEmpty() && target.schema().isPresent();
            case RESOURCE -> target.schema().isPresent();
        });
    }

    Contract contract() {
        return contract;
    }
}
