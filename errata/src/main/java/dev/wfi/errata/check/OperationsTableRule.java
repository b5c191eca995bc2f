package dev.wfi.errata.check;

import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.contract.OperationMatch;
import dev.wfi.errata.extract.DocTable;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A resource page's operations table whose "Success" status differs from what the contract's operation answers. */
final class OperationsTableRule implements Rule {

    @Override
    public String id() {
        return "WFI-STATUS-TABLE";
    }

    @Override
    public Kind kind() {
        return Kind.STATUS;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        if (!page.coversPage()) {
            return;
        }
        List<OperationMatch> operations = page.graphOperations();
        for (DocTable table : page.page().tables(DocTable.Type.OPERATIONS)) {
            int methodColumn = column(table, "method");
            int successColumn = column(table, "success");
            if (methodColumn < 0 || successColumn < 0) {
                continue;
            }
            for (DocTable.Row row : table.rows()) {
                String name = row.cell(0).english().toLowerCase(Locale.ROOT);
                String method = row.cell(methodColumn).english().replace("`", "").strip();
                String stated = row.cell(successColumn).english().replace("`", "").strip();
                Optional<OperationMatch> op = operations.stream().filter(o -> o.method().equalsIgnoreCase(method))
                        .filter(o -> operations.stream().filter(x -> x.method().equalsIgnoreCase(method)).count() == 1
                                || o.operationId().toLowerCase(Locale.ROOT).startsWith(name))
                        .findFirst();
                if (op.isEmpty() || !stated.matches("\\d{3}")) {
                    continue;
                }
                if (!op.get().successStatuses().contains(Integer.parseInt(stated))) {
                    String expected = op.get().successStatuses().stream().sorted().map(String::valueOf)
                            .collect(Collectors.joining(" or "));
                    findings.add(this, Severity.ERROR, row.line(), page.line(row.line()).indexOf(stated) + 1,
                            row.cell(0).english() + " is said to answer " + stated + ", but " + op.get().operationId()
                                    + " answers " + expected + " in the contract");
                }
            }
        }
    }

    private static int column(DocTable table, String name) {
        for (int i = 0; i < table.header().size(); i++) {
            if (table.header().get(i).english().strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
