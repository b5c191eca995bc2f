package dev.wfi.speccheck.diff;

import dev.wfi.report.Severity;

/** One kind of change between two versions of a spec, with a stable id. */
interface DiffRule {

    String id();

    void check(SpecPair specs, Sink sink);

    @FunctionalInterface
    interface Sink {
        /** {@code inNew}: whether the pointer is into the new spec (else the old one). */
        void report(Severity impact, boolean inNew, String pointer, String message);
    }
}
