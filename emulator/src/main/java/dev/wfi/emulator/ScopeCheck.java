package dev.wfi.emulator;

import dev.wfi.contract.Contract;
import dev.wfi.contract.OperationMatch;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Authorisation: the token's scopes ({@code scp}, delegated) or roles ({@code roles}, application) must include one
 * that the contract grants the operation for the token's own security scheme ({@link OperationMatch#grants()}), else
 * 403. The schemes differ on the Shifts API: {@code Group.ReadWrite.All} is a delegated permission only, so an
 * application token holding it as a role is refused. The operation is the resource method, whose name is the
 * contract's operationId, since the resources implement the interfaces generated from the contract. The emulator's own
 * endpoints need {@code WorkforceIntegration.ReadWrite.All}, except a user's actions in Teams, which need what the Graph
 * operation they stand for needs ({@link EmulatorResource#graphOperation}).
 */
@Priority(Priorities.AUTHORIZATION)
final class ScopeCheck implements ContainerRequestFilter {

    static final String READ_WRITE = "WorkforceIntegration.ReadWrite.All";
    static final String DELEGATED = "delegated";
    static final String APPLICATION = "application";
    private static final Map<String, List<String>> EMULATOR_GRANTS = Map.of(DELEGATED, List.of(READ_WRITE), APPLICATION, List.of(READ_WRITE));

    private final Contract contract;
    private final Map<String, Map<String, List<String>>> grantsByOperation;

    ScopeCheck(Contract contract) {
        this.contract = contract;
        this.grantsByOperation = grantsByOperation(contract);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Grant grant = BearerAuth.grant(request);
        String operation = operation(request);
        Map<String, List<String>> grants = grantsByOperation.get(operation);
        if (grants == null) {
            grants = EmulatorResource.graphOperation(contract, operation, request.getUriInfo()).map(OperationMatch::grants)
                    .orElse(EMULATOR_GRANTS);
        }
        boolean application = grant != null && grant.application();
        List<String> allowed = grants.getOrDefault(application ? APPLICATION : DELEGATED, List.of());
        if (grant == null || allowed.stream().noneMatch(grant.scopes()::contains)) {
            throw GraphError.forbidden("Insufficient privileges to complete the operation: " + describe(operation)
                    + (allowed.isEmpty() ? " cannot be called with " + (application ? "an application" : "a delegated") + " token."
                    : " needs " + (allowed.size() > 1 ? "one of " : "") + String.join(", ", allowed) + " in the token's "
                    + (application ? "roles" : "scp") + "."));
        }
    }

    /**
     * The name of the resource method the request was matched to, or "" before matching. Read from Jersey's
     * {@link ExtendedUriInfo}: an injected {@code ResourceInfo} is a proxy whose every call goes through HK2's
     * interceptors (their cost: bench/README.md).
     */
    static String operation(ContainerRequestContext request) {
        ResourceMethod method = ((ExtendedUriInfo) request.getUriInfo()).getMatchedResourceMethod();
        return method == null ? "" : method.getInvocable().getHandlingMethod().getName();
    }

    private static String describe(String operation) {
        return operation.isEmpty() ? "this request" : operation;
    }

    /** operationId to the scopes that grant it for each security scheme, as the contract's requirements list them. */
    private static Map<String, Map<String, List<String>>> grantsByOperation(Contract contract) {
        Map<String, Map<String, List<String>>> grants = new HashMap<>();
        contract.operations().stream().filter(match -> !match.grants().isEmpty())
                .forEach(match -> grants.put(match.operationId(), match.grants()));
        return Map.copyOf(grants);
    }
}
