package dev.wfi.errata;

import java.nio.file.Path;

/** Where the suite's data lives in this module: the pages and registry the jar ships. */
public final class BundledCorpus {

    /** The documentation pages, each kept byte-exact. */
    public static final Path PAGES = Path.of("src/main/resources/wfi/corpus");

    /** The reviewed errata of those pages. */
    public static final Path REGISTRY = Path.of("src/main/resources/wfi/errata-registry.yaml");

    private BundledCorpus() {
    }

    public static Path page(String name) {
        return PAGES.resolve(name);
    }
}
