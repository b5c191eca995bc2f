package dev.wfi.emulator;

import java.io.PrintStream;

/**
 * The emulator's log: one line per event worth an integrator's attention (start, /connect calls, replayed
 * callbacks, journal repairs). Lines are built from ids, URLs and statuses only; a body, which may hold a
 * secret, is never logged.
 */
final class ServerLog {
    private final PrintStream out;

    ServerLog(PrintStream out) {
        this.out = out;
    }

    void line(String message) {
        synchronized (out) {
            out.println("wfi serve: " + message);
            out.flush();
        }
    }
}
