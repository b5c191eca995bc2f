package dev.wfi.emulator;

/**
 * The tenant, user and application the emulator's tokens speak for. Fixed, so that documentation and
 * tests can show them; an integration's {@code createdBy} and {@code lastModifiedBy} name them.
 */
final class EmulatorIdentity {
    static final String TENANT_ID = "8f1b3c6e-2a7d-4e59-9c31-5d0a7b2e4f68";
    static final String USER_ID = "4fbc12d7-1234-56ef-8a90-bc123d45678f";
    static final String USER_NAME = "Emulator User";
    static final String APP_ID = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
    static final String APP_NAME = "wfi emulator app";

    private EmulatorIdentity() {
    }
}
