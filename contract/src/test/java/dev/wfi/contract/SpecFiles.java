package dev.wfi.contract;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's spec/ files from wherever the tests run. */
final class SpecFiles {
    private SpecFiles() {}

    static Path contract() {
        return find("workforceIntegration.yaml");
    }

    /** The trimmed CSDL of a Graph version ({@code v1.0} or {@code beta}), spec/csdl/{version}-Prod.shifts.csdl. */
    static Path csdl(String version) {
        return find("csdl/" + version + "-Prod.shifts.csdl");
    }

    private static Path find(String underSpec) {
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            Path file = candidate.resolve("spec").resolve(underSpec);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("spec/" + underSpec + " not found above " + dir);
    }
}
