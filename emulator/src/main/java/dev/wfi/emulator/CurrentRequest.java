package dev.wfi.emulator;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * The request the current thread serves, for the resources: what the filters found (the checked body, the
 * caller) is in its properties. The resources are single instances, and an injected request-scoped
 * {@code Provider<ContainerRequest>} went through HK2's per-request lookup on every call (its cost:
 * bench/README.md). Jersey runs the filters, the resource method and the response filters of a request on one thread:
 * the emulator has no asynchronous resource. Set before anything else runs; a value left by a request whose
 * response filters did not run is replaced by the next request's before any resource can read it.
 */
@PreMatching
@Priority(0)
final class CurrentRequest implements ContainerRequestFilter, ContainerResponseFilter {
    private static final ThreadLocal<ContainerRequestContext> CURRENT = new ThreadLocal<>();

    @Override
    public void filter(ContainerRequestContext request) {
        CURRENT.set(request);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        CURRENT.remove();
    }

    /** @throws IllegalStateException outside a request's processing, a bug of the caller */
    static ContainerRequestContext get() {
        ContainerRequestContext request = CURRENT.get();
        if (request == null) {
            throw new IllegalStateException("no request is being served on this thread");
        }
        return request;
    }
}
