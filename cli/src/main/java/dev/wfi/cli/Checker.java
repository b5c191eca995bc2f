package dev.wfi.cli;

import dev.wfi.errata.ErrataEngine;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Progress;
import dev.wfi.errata.Selection;
import java.nio.file.Path;
import java.util.List;

/** What {@code wfi errata} runs; tests put a fixed report behind it to pin exit codes. */
@FunctionalInterface
interface Checker {

    /** Checks {@code inputs}, or the bundled corpus when there are none. */
    ErrataReport check(List<Path> inputs, Progress progress);

    /**
     * Checks {@code inputs} and reports the pages and findings {@code selection} keeps; the others still inform the
     * cross-page rules. A checker that cannot select (a test's fixed report) refuses.
     */
    default ErrataReport check(List<Path> inputs, Selection selection, Progress progress) {
        throw new UnsupportedOperationException("this checker reports every page");
    }

    static Checker engine() {
        return new Checker() {
            @Override
            public ErrataReport check(List<Path> inputs, Progress progress) {
                ErrataEngine engine = ErrataEngine.load();
                return inputs.isEmpty() ? engine.checkBundledCorpus(progress) : engine.check(inputs, progress);
            }

            @Override
            public ErrataReport check(List<Path> inputs, Selection selection, Progress progress) {
                return ErrataEngine.load().check(inputs, selection, progress);
            }
        };
    }
}
