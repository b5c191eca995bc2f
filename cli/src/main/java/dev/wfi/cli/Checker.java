package dev.wfi.cli;

import dev.wfi.errata.ErrataEngine;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Progress;
import java.nio.file.Path;
import java.util.List;

/** What {@code wfi errata} runs; tests put a fixed report behind it to pin exit codes. */
@FunctionalInterface
interface Checker {

    /** Checks {@code inputs}, or the bundled corpus when there are none. */
    ErrataReport check(List<Path> inputs, Progress progress);

    static Checker engine() {
        return (inputs, progress) -> {
            ErrataEngine engine = ErrataEngine.load();
            return inputs.isEmpty() ? engine.checkBundledCorpus(progress) : engine.check(inputs, progress);
        };
    }
}
