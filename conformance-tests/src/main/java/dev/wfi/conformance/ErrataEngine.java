package dev.wfi.conformance;

import java.nio.file.Path;
import java.util.List;

/**
 * The module's entry point: reads documentation pages, extracts their examples, checks them against the
 * contract and returns one {@link ErrataReport}. User input problems become findings or {@link InputError}s, never exceptions.
 */
public final class ErrataEngine {

    private ErrataEngine() {
    }

    /** An engine over the bundled contract and the bundled errata registry. */
    public static ErrataEngine load() {
        return new ErrataEngine();
    }

    /** Checks the corpus bundled with the tool (the five seed pages). */
    public ErrataReport checkBundledCorpus(Progress progress) {
        throw new UnsupportedOperationException("engine under construction");
    }

    /** Checks the given files and directories (recursively: .md, .txt, .html). */
    public ErrataReport check(List<Path> inputs, Progress progress) {
        throw new UnsupportedOperationException("engine under construction");
    }
}
