package dev.wfi.errata.check;

import dev.wfi.contract.Contract;
import dev.wfi.contract.OperationMatch;

import java.util.List;

/** The Graph-side operations of the contract. */
final class GraphOperations {

    private GraphOperations() {
    }

    static List<OperationMatch> all(Contract contract) {
        return contract.operations().stream().filter(m -> "graph".equals(m.side())).toList();
    }

}
