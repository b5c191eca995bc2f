package dev.wfi.errata;

import dev.wfi.errata.extract.SourceText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever is done to a page, the engine returns a report and never throws. */
class MutatedCorpusPropertiesTest {

    private static final ErrataEngine ENGINE = ErrataEngine.load();
    private static final List<String> PAGES = corpus();

    private static List<String> corpus() {
        try (Stream<Path> files = Files.list(BundledCorpus.PAGES)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 2_000)
    void engineNeverThrowsOnAMutatedPage(@ForAll("mutatedPages") String page) {
        ErrataReport report = ENGINE.check(List.of(new SourceText("mutated.md", page)), List.of(), Progress.NONE);
        assertEquals(1, report.documents().size());
        assertTrue(report.inputErrors().stream().noneMatch(e -> e.cause().startsWith("internal error")),
                () -> "a rule or reader failed: " + report.inputErrors());
    }

    @Provide
    Arbitrary<String> mutatedPages() {
        Arbitrary<String> page = Arbitraries.of(PAGES);
        Arbitrary<UnaryOperator<String>> mutation = Arbitraries.oneOf(
                position().map(p -> s -> s.isEmpty() ? s : s.substring(0, p % s.length()) + s.substring(p % s.length() + 1)),
                Combinators.combine(position(), Arbitraries.of('{', '}', '[', ']', '"', ',', ':', '\n', '`', '|', '\u201c', '<'))
                        .as((p, c) -> s -> s.substring(0, p % (s.length() + 1)) + c + s.substring(p % (s.length() + 1))),
                position().map(p -> s -> s.isEmpty() ? s : s.substring(0, p % s.length()) + s.charAt(p % s.length()) + s.substring(p % s.length())),
                position().map(p -> s -> duplicateLine(s, p)),
                position().map(p -> s -> deleteLine(s, p)),
                Arbitraries.just(s -> s.replace('"', '\u201d')),
                position().map(p -> s -> s.substring(0, p % (s.length() + 1))));
        return Combinators.combine(page, mutation.list().ofMinSize(1).ofMaxSize(8)).as((text, ops) -> {
            String s = text;
            for (UnaryOperator<String> op : ops) {
                s = op.apply(s);
            }
            return s;
        });
    }

    private static Arbitrary<Integer> position() {
        return Arbitraries.integers().between(0, 30_000);
    }

    private static String duplicateLine(String s, int p) {
        List<String> lines = new java.util.ArrayList<>(s.lines().toList());
        if (lines.isEmpty()) {
            return s;
        }
        int i = p % lines.size();
        lines.add(i, lines.get(i));
        return String.join("\n", lines);
    }

    private static String deleteLine(String s, int p) {
        List<String> lines = new java.util.ArrayList<>(s.lines().toList());
        if (lines.isEmpty()) {
            return s;
        }
        lines.remove(p % lines.size());
        return String.join("\n", lines);
    }
}
