package dev.wfi.emulator;

import dev.wfi.contract.Contract;
import dev.wfi.contract.OperationMatch;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which checks the body of a Shifts API request gets: the contract's request schema of the operation (a {@code shift},
 * a {@code scheduleChangeRequestDecision}, ...), with read-only properties refused, except on a replace (PUT), which
 * sends back the whole entity as read and whose read-only properties are left out. A user's action in Teams takes the
 * body of the Graph operation it stands for.
 */
final class ScheduleBodies {

    /** How one operation's body is checked. */
    record Rule(EntityBody body, EntityBody.ReadOnly readOnly) {
    }

    private final Contract contract;
    private final Map<String, Rule> byOperation = new HashMap<>();

    ScheduleBodies(Contract contract) {
        this.contract = contract;
        Map<String, EntityBody> bodies = new HashMap<>();
        contract.operations().stream().filter(match -> match.pathTemplate().startsWith("/teams/") && match.side().equals("graph"))
                .forEach(match -> match.requestSchema().ifPresent(schema -> byOperation.put(match.operationId(), new Rule(
                        bodies.computeIfAbsent(schema, s -> new EntityBody(contract, s, new EvolvableMembers(contract, s))),
                        match.operationId().startsWith("replace") ? EntityBody.ReadOnly.IGNORED : EntityBody.ReadOnly.REFUSED))));
    }

    /** The rule of the operation a resource method serves (its name), or of the Graph operation an action in Teams stands for. */
    Optional<Rule> rule(String operation, UriInfo uri) {
        Rule rule = byOperation.get(operation);
        if (rule != null) {
            return Optional.of(rule);
        }
        return EmulatorResource.graphOperation(contract, operation, uri).map(OperationMatch::operationId).map(byOperation::get);
    }
}
