package dev.wfi.emulator;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Authentication, before anything else looks at the request: {@code Authorization: Bearer <token>} with
 * a token this emulator's key signed, or 401 (with {@code WWW-Authenticate}, added by {@link ErrorMapper}), as Graph answers. What the
 * token allows is checked after matching, by {@link ScopeCheck}, when the operation is known.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class BearerAuth implements ContainerRequestFilter {

    static final String GRANT = BearerAuth.class.getName() + ".grant";
    private static final String SCHEME = "Bearer ";

    private final TokenIssuer tokens;

    BearerAuth(TokenIssuer tokens) {
        this.tokens = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            throw GraphError.unauthorized("Access token is empty: send Authorization: Bearer {token} "
                    + "(wfi token --scopes WorkforceIntegration.ReadWrite.All prints one).");
        }
        String credentials = header.strip();
        if (!credentials.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) || credentials.length() == SCHEME.length()) {
            throw GraphError.unauthorized("The Authorization header must be 'Bearer {token}'.");
        }
        request.setProperty(GRANT, tokens.verify(credentials.substring(SCHEME.length()).strip()));
    }

    static Grant grant(ContainerRequestContext request) {
        return (Grant) request.getProperty(GRANT);
    }
}
