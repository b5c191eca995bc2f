package dev.wfi.speccheck.diff;

/** One kind of change between two versions of a spec, with a stable id. */
interface DiffRule {

    String id();

    void check(SpecPair specs, Sink sink);

    @FunctionalInterface
    interface Sink {
        /** {@code inNew}: whether the pointer is into the new spec (else the old one). */
        void report(Impact impact, boolean inNew, String pointer, String message);
    }
}
