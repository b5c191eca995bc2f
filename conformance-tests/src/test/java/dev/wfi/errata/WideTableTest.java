package dev.wfi.errata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, 6: a page with a 1,000-column table ended the whole run with a StackOverflowError from the regular
 * expression that recognised a table's separator row; the page is read, and the page beside it is still checked.
 */
class WideTableTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"wide.txt", "wide.md"})
    void aThousandColumnTableIsReadAndTheOtherPagesAreChecked(String name) throws IOException {
        String header = "|" + "h|".repeat(1000);
        String separator = "|" + "---|".repeat(1000);
        String row = "|" + "x|".repeat(1000);
        Files.writeString(dir.resolve(name), "# Wide\n\n" + header + "\n" + separator + "\n" + row + "\n");
        Files.copy(BundledCorpus.page("004_c120b9a887704dc1.txt"), dir.resolve("other.txt"));
        ErrataReport report = ErrataEngine.load().check(List.of(dir), Progress.NONE);
        assertEquals(List.of(), report.inputErrors());
        assertEquals(Set.of("other.txt", name), report.documents().stream().map(DocumentSummary::path).collect(Collectors.toSet()));
    }
}
