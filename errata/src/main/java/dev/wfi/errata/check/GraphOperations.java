package dev.wfi.errata.check;

import dev.wfi.contract.Contract;
import dev.wfi.contract.OperationMatch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/** The Graph-side operations of the contract. */
final class GraphOperations {

    private GraphOperations() {
    }

    /** Worked out once per contract: every page that documents a Graph operation asks. */
    private static final Map<Contract, List<OperationMatch>> BY_CONTRACT = Collections.synchronizedMap(new WeakHashMap<>());

    static List<OperationMatch> all(Contract contract) {
        return BY_CONTRACT.computeIfAbsent(contract, c -> {
            List<OperationMatch> out = new ArrayList<>();
            c.openApi().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
                    c.match(method.name(), path).filter(m -> "graph".equals(m.side())).ifPresent(out::add)));
            return List.copyOf(out);
        });
    }

}
