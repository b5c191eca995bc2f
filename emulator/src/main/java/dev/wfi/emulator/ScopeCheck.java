package dev.wfi.emulator;

import dev.wfi.contract.Contract;
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
 * Authorisation: the token's scopes (or roles) must include one the contract lists for the operation
 * ({@code WorkforceIntegration.Read.All} grants get and list, {@code ReadWrite.All} everything), else 403.
 * The operation is the resource method, whose name is the contract's operationId, since the resource
 * implements the interface generated from the contract. The emulator's own endpoints need ReadWrite.All.
 */
@Priority(Priorities.AUTHORIZATION)
final class ScopeCheck implements ContainerRequestFilter {

    static final String READ_WRITE = "WorkforceIntegration.ReadWrite.All";

    private final Map<String, List<String>> scopesByOperation;

    ScopeCheck(Contract contract) {
        this.scopesByOperation = scopesByOperation(contract);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Grant grant = BearerAuth.grant(request);
        String operation = operation(request);
        List<String> allowed = scopesByOperation.getOrDefault(operation, List.of(READ_WRITE));
        if (grant == null || allowed.stream().noneMatch(grant.scopes()::contains)) {
            throw GraphError.forbidden("Insufficient privileges to complete the operation: " + describe(operation)
                    + " needs " + (allowed.size() > 1 ? "one of " : "") + String.join(", ", allowed) + " in the token's "
                    + (grant != null && grant.application() ? "roles" : "scp") + ".");
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

    /** operationId to the scopes that grant it, as the contract's security requirements list them. */
    private static Map<String, List<String>> scopesByOperation(Contract contract) {
        Map<String, List<String>> scopes = new HashMap<>();
        contract.openApi().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                contract.match(method.name(), path).ifPresent(match -> {
                    if (!match.scopes().isEmpty()) {
                        // delegated and application requirements name the same scopes
                        scopes.put(match.operationId(), List.copyOf(new java.util.LinkedHashSet<>(match.scopes())));
                    }
                })));
        return Map.copyOf(scopes);
    }
}
