package dev.wfi.contract;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's spec/workforceIntegration.yaml from wherever the tests run. */
final class SpecFiles {
    private SpecFiles() {}

    static Path contract() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            Path spec = candidate.resolve("spec").resolve("workforceIntegration.yaml");
            if (Files.isRegularFile(spec)) {
                return spec;
            }
        }
        throw new IllegalStateException("spec/workforceIntegration.yaml not found above " + dir);
    }
}
