package dev.wfi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    @TempDir
    Path temp;

    private static final Baseline.Entry SECRET = new Baseline.Entry("WFI-SECRET-ECHO", "a.md", "/encryption/secret",
            "response shows the write-only secret");
    private static final Baseline.Entry QUOTE = new Baseline.Entry("WFI-TYPOGRAPHIC-QUOTE", "b.md", null, "typographic quote");

    @Test
    void aWrittenBaselineReadsBackWithItsEntriesAndAnAbsentPointer() throws IOException {
        Path file = temp.resolve("sub/baseline.json");
        Baseline.of(List.of(SECRET, QUOTE, SECRET)).write(file);

        Baseline read = Baseline.parse(Files.readString(file));
        assertEquals(3, read.size());
        assertEquals(List.of(), read.unknown(List.of(QUOTE, SECRET, SECRET), e -> e));
        assertEquals("""
                {
                  "schemaVersion": 1,
                  "findings": [
                    {
                      "ruleId": "WFI-SECRET-ECHO",
                      "file": "a.md",
                      "pointer": "/encryption/secret",
                      "message": "response shows the write-only secret"
                    },
                    {
                      "ruleId": "WFI-SECRET-ECHO",
                      "file": "a.md",
                      "pointer": "/encryption/secret",
                      "message": "response shows the write-only secret"
                    },
                    {
                      "ruleId": "WFI-TYPOGRAPHIC-QUOTE",
                      "file": "b.md",
                      "pointer": null,
                      "message": "typographic quote"
                    }
                  ]
                }
                """, Files.readString(file));
    }

    @Test
    void eachEntryKnowsOneFindingSoASecondCopyIsNew() {
        Baseline baseline = Baseline.of(List.of(SECRET));
        assertEquals(List.of(SECRET), baseline.unknown(List.of(SECRET, SECRET), e -> e));
        assertEquals(List.of(QUOTE), baseline.unknown(List.of(QUOTE, SECRET), e -> e));
    }

    @Test
    void anAbsentPointerIsNotTheRootPointer() {
        Baseline.Entry root = new Baseline.Entry(QUOTE.ruleId(), QUOTE.file(), "", QUOTE.message());
        assertEquals(List.of(root), Baseline.of(List.of(QUOTE)).unknown(List.of(root), e -> e));
    }

    @Test
    void aFileThatIsNoBaselineIsRefusedSayingWhatOneIs() throws IOException {
        for (String text : List.of("{\"findings\": 3}", "[]", "{\"schemaVersion\": 1, \"findings\": [{\"ruleId\": 1}]}", "{")) {
            Path file = Files.writeString(temp.resolve("baseline.json"), text);
            IOException error = assertThrows(IOException.class, () -> Baseline.parse(Files.readString(file)), text);
            assertEquals("not a wfi baseline (expected schemaVersion 1 and a findings array of ruleId, file, pointer, "
                    + "message)", error.getMessage());
        }
    }

    @Property(tries = 50)
    void anyEntryRoundTrips(@ForAll String rule, @ForAll String file, @ForAll String pointer, @ForAll String message)
            throws IOException {
        Baseline.Entry entry = new Baseline.Entry(rule, file, pointer, message);
        Path path = Files.createTempFile("baseline", ".json");
        try {
            Baseline.of(List.of(entry)).write(path);
            assertEquals(List.of(), Baseline.parse(Files.readString(path)).unknown(List.of(entry), e -> e));
        } finally {
            Files.delete(path);
        }
    }
}
