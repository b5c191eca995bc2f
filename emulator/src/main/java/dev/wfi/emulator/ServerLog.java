package dev.wfi.emulator;

import java.util.function.Consumer;

/**
 * The emulator's log: one line per event worth an integrator's attention (start, /connect calls, replayed
 * callbacks, journal repairs). Lines are built from ids, URLs and statuses only; a body, which may hold a
 * secret, is never logged.
 */
final class ServerLog {
    private final Consumer<String> out;

    ServerLog(Consumer<String> out) {
        this.out = out;
    }

    /** Lines from concurrent requests are delivered one at a time, never interleaved. */
    synchronized void line(String message) {
        out.accept("wfi serve: " + message);
    }
}
