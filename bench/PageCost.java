import dev.wfi.contract.Contract;
import dev.wfi.errata.check.Findings;
import dev.wfi.errata.check.PageContext;
import dev.wfi.errata.check.Rule;
import dev.wfi.errata.check.Rules;
import dev.wfi.errata.extract.ExtractedPage;
import dev.wfi.errata.extract.PageReader;
import dev.wfi.errata.extract.PageSources;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where one page's time goes, on one thread: decoding its bytes, reading it (commonmark and the reader's walk),
 * and each rule, in CPU microseconds and bytes allocated per page, over the bundled corpus read REPS times.
 * commonmark's own parse with the reader's extension and options, but none of its quick paths, is printed beside
 * it: the floor a reader built on commonmark stands on. Arguments: REPS (default 200), then {@code all} or
 * {@code seeds} as for ErrataBench. Run by bench/page-cost.sh; the second of two rounds is printed.
 */
public final class PageCost {

    private static final Path CORPUS = Path.of("conformance-tests/src/main/resources/wfi/corpus");

    public static void main(String[] args) throws Exception {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        boolean all = args.length < 2 || args[1].equals("all");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS, all ? Integer.MAX_VALUE : 1)) {
            files = walk.filter(f -> f.toString().matches(".*\\.(md|txt|html)")).filter(f -> !f.endsWith("README.md"))
                    .sorted().toList();
        }
        List<byte[]> bytes = new ArrayList<>();
        for (Path file : files) {
            bytes.add(Files.readAllBytes(file));
        }
        Parser stock = Parser.builder().extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
        Contract contract = Contract.bundled();
        List<Rule> rules = Rules.all();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 2; round++) {
            long[] cpu = new long[4];
            long[] allocated = new long[4];
            Map<String, Long> byRule = new LinkedHashMap<>();
            int examples = 0;
            for (int r = 0; r < reps; r++) {
                for (int i = 0; i < files.size(); i++) {
                    // a new body on every round, so no cache keyed by an example's body serves the next
                    String name = files.get(i).toString();
                    long c0 = threads.getCurrentThreadCpuTime();
                    long a0 = threads.getCurrentThreadAllocatedBytes();
                    String text = PageSources.utf8(bytes.get(i));
                    long c1 = threads.getCurrentThreadCpuTime();
                    long a1 = threads.getCurrentThreadAllocatedBytes();
                    text = text.replace("ABCWorkforceIntegration", "Vendor" + r);
                    long c2 = threads.getCurrentThreadCpuTime();
                    long a2 = threads.getCurrentThreadAllocatedBytes();
                    stock.parse(text);
                    long c3 = threads.getCurrentThreadCpuTime();
                    long a3 = threads.getCurrentThreadAllocatedBytes();
                    ExtractedPage page = PageReader.read(name, text);
                    long c4 = threads.getCurrentThreadCpuTime();
                    long a4 = threads.getCurrentThreadAllocatedBytes();
                    PageContext context = new PageContext(page, contract, Optional.empty());
                    Findings findings = new Findings(name);
                    for (Rule rule : rules) {
                        // wall time on this one thread: asking for thread CPU time costs about a microsecond each time
                        long start = System.nanoTime();
                        rule.check(context, findings);
                        byRule.merge(rule.id(), System.nanoTime() - start, Long::sum);
                    }
                    long c5 = threads.getCurrentThreadCpuTime();
                    long a5 = threads.getCurrentThreadAllocatedBytes();
                    cpu[0] += c1 - c0;
                    allocated[0] += a1 - a0;
                    cpu[1] += c3 - c2;
                    allocated[1] += a3 - a2;
                    cpu[2] += c4 - c3;
                    allocated[2] += a4 - a3;
                    cpu[3] += c5 - c4;
                    allocated[3] += a5 - a4;
                    examples += page.examples().size();
                }
            }
            if (round == 2) {
                double pages = (double) reps * files.size();
                System.out.printf("java %s %s%n", System.getProperty("java.version"),
                        ManagementFactory.getRuntimeMXBean().getInputArguments());
                System.out.printf("%d pages (%d corpus pages x %d), %.2f examples a page, %.0f characters a page%n",
                        (long) pages, files.size(), reps, examples / pages,
                        bytes.stream().mapToInt(b -> new String(b, StandardCharsets.UTF_8).length()).average().orElse(0));
                String[] what = {"decode (UTF-8)", "commonmark alone (stock inline parsing)", "read (PageReader.read)",
                    "rules (all " + rules.size() + ")"};
                for (int k = 0; k < what.length; k++) {
                    System.out.printf("%-42s %7.1f us CPU, %6.0f KB allocated a page%n", what[k], cpu[k] / pages / 1e3,
                            allocated[k] / pages / 1024);
                }
                System.out.printf("decode + read + rules: %.1f us CPU a page, %.0f examples per CPU second%n",
                        (cpu[0] + cpu[2] + cpu[3]) / pages / 1e3, examples / ((cpu[0] + cpu[2] + cpu[3]) / 1e9));
                System.out.println("costliest rules (the first rule to ask for what several share pays for it):");
                byRule.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                        .forEach(e -> System.out.printf("  %-30s %6.1f us%n", e.getKey(), e.getValue() / pages / 1e3));
            }
        }
    }
}
