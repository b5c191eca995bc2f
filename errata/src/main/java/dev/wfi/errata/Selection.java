package dev.wfi.errata;

import java.nio.file.Path;

/**
 * Which pages of a run are reported, and which of their findings: all of them, or for example the pages a pull
 * request changed and the findings on its lines. The pages left out are still read, for what the cross-page rules
 * need of them. Called from the engine's worker threads.
 */
public interface Selection {

    /** Every page and every finding. */
    Selection ALL = new Selection() {
        @Override
        public boolean reports(Path file) {
            return true;
        }

        @Override
        public boolean keeps(Path file, Finding finding) {
            return true;
        }
    };

    /** True when the page read from {@code file} is reported (its summary and its findings). */
    boolean reports(Path file);

    /** True when {@code finding}, on a reported page read from {@code file}, is reported. */
    boolean keeps(Path file, Finding finding);
}
