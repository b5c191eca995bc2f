package dev.wfi.callback.jaxrs;

import java.util.Optional;
import java.util.regex.Pattern;

/** The three endpoints Shifts calls; each is matched at the end of the request path, wherever the vendor mounts them. */
enum CallbackEndpoint {
    CONNECT(Pattern.compile("(?:.*/)?connect/?")),
    UPDATE(Pattern.compile("(?:.*/)?teams/[^/]+/update/?")),
    READ(Pattern.compile("(?:.*/)?teams/[^/]+/read/?"));

    private final Pattern path;

    CallbackEndpoint(Pattern path) {
        this.path = path;
    }

    /** The endpoint of a POST to {@code path} (relative to the application), if it is one. */
    static Optional<CallbackEndpoint> of(String method, String path) {
        if (!"POST".equals(method)) {
            return Optional.empty();
        }
        for (CallbackEndpoint endpoint : values()) {
            if (endpoint.path.matcher(path).matches()) {
                return Optional.of(endpoint);
            }
        }
        return Optional.empty();
    }

    boolean isBatch() {
        return this != CONNECT;
    }
}
