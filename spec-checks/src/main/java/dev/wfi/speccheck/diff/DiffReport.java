package dev.wfi.speccheck.diff;

import dev.wfi.report.Severity;
import java.util.List;

/** The changes from one spec to another, most severe first. */
public record DiffReport(String toolVersion, String oldPath, String newPath, List<ApiChange> changes) {

    public DiffReport {
        changes = List.copyOf(changes);
    }

    public long count(Severity impact) {
        return changes.stream().filter(change -> change.impact() == impact).count();
    }

    public boolean hasAtLeast(Severity threshold) {
        return changes.stream().anyMatch(change -> change.impact().atLeast(threshold));
    }
}
