package dev.wfi.emulator;

import jakarta.ws.rs.core.UriInfo;

/** The Graph versions the emulator serves, as the first path segment: {@code /v1.0/...} and {@code /beta/...}. */
final class Versions {
    static final String V1 = "v1.0";
    static final String BETA = "beta";
    /** The template of the resource's version segment; nothing else matches, so other prefixes answer 404. */
    static final String TEMPLATE = "{version: v1\\.0|beta}";

    private Versions() {
    }

    static String of(UriInfo uri) {
        String version = uri.getPathParameters().getFirst("version");
        return version == null ? V1 : version;
    }
}
