package dev.wfi.errata.check;

import dev.wfi.contract.OperationMatch;
import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.errata.extract.DocTable;
import dev.wfi.errata.extract.DocumentedExample;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/** A property that the page's own request examples send but its request-body table does not describe. */
final class TableMissingPropertyRule implements Rule {

    @Override
    public String id() {
        return "WFI-TABLE-MISSING-PROPERTY";
    }

    @Override
    public Kind kind() {
        return Kind.TABLE_DRIFT;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        DocTable table = page.page().tables(DocTable.Type.PROPERTIES).stream().filter(DocTable::isRequestBody).findFirst()
                .orElse(null);
        if (table == null) {
            return;
        }
        Set<String> described = new HashSet<>();
        page.tableRows(table).forEach(row -> row.property().ifPresent(described::add));
        for (DocumentedExample example : page.coveredExamples()) {
            ExampleTarget target = page.target(example);
            if (!target.isRequest() || example.json().isEmpty()
                    || !"graph".equals(target.operation().map(o -> o.side()).orElse(""))) {
                continue;
            }
            // the table describes the body of the operation the page documents; an example of another operation is
            // evidence only for what the documented one accepts too
            Optional<OperationMatch> documented = page.documentedOperation();
            Optional<OperationMatch> shown = target.operation();
            boolean other = documented.isPresent() && shown.isPresent()
                    && !documented.get().operationId().equals(shown.get().operationId());
            Optional<String> schema = other ? documented.get().requestSchema() : target.schema();
            for (Iterator<String> names = example.json().get().fieldNames(); names.hasNext(); ) {
                String name = names.next();
                // a name the contract does not know is the schema rule's finding; here only the table is behind
                if (!name.startsWith("@") && !described.contains(name)
                        && schema.flatMap(s -> page.contract().property(s, "/" + name)).isPresent()) {
                    String pointer = "/" + name;
                    String sends = other ? "the example of " + shown.get().operationId() + " sends '" + name + "', which "
                            + documented.get().operationId() + " accepts too," : "the example sends '" + name + "'";
                    findings.add(this, Severity.WARNING, example, example.body().get().locate(pointer), pointer,
                            sends + " but the request body table (line " + table.line() + ") does not describe it");
                }
            }
        }
    }
}
