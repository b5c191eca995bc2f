package dev.wfi.errata.check;

import dev.wfi.contract.Contract;
import dev.wfi.contract.OperationMatch;

import java.util.ArrayList;
import java.util.List;

/** The Graph-side operations of the contract. */
final class GraphOperations {

    private GraphOperations() {
    }

    static List<OperationMatch> all(Contract contract) {
        List<OperationMatch> out = new ArrayList<>();
        contract.openApi().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
                contract.match(method.name(), path).filter(m -> "graph".equals(m.side())).ifPresent(out::add)));
        return out;
    }

}
