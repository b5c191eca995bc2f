package dev.wfi.errata.check;

import dev.wfi.contract.Contract;
import dev.wfi.contract.OperationMatch;
import dev.wfi.errata.extract.DocumentedExample;
import dev.wfi.errata.extract.ExtractedPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Graph-side operations of the contract, and the one a page documents (its first Graph request). */
final class GraphOperations {

    private GraphOperations() {
    }

    static List<OperationMatch> all(Contract contract) {
        List<OperationMatch> out = new ArrayList<>();
        contract.openApi().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
                contract.match(method.name(), path).filter(m -> "graph".equals(m.side())).ifPresent(out::add)));
        return out;
    }

    static Optional<OperationMatch> documentedBy(ExtractedPage page, Contract contract) {
        return page.examples().stream().filter(e -> e.role() == DocumentedExample.Role.REQUEST)
                .map(e -> contract.match(e.method(), e.url())).flatMap(Optional::stream)
                .filter(m -> "graph".equals(m.side())).findFirst();
    }

}
