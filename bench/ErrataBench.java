import dev.wfi.errata.ErrataEngine;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Progress;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Errata engine throughput and memory on a docs checkout: writes PAGES pages made by varying every page of the
 * bundled corpus (seed and development pages, every locale) into a temporary directory tree, then checks the whole
 * tree in one run, as {@code wfi errata DIR} does, and prints examples/s, pages/s and the peak heap. Arguments: the
 * number of pages, then {@code all} (every corpus page) or {@code seeds} (the five seed pages). Run by bench/errata.sh.
 */
public final class ErrataBench {

    private static final Path CORPUS = Path.of("conformance-tests/src/main/resources/wfi/corpus");

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        // "seeds": the five seed pages only, the mix of the earlier figures; "all": every page of the corpus
        boolean all = args.length < 2 || args[1].equals("all");
        List<Path> seeds;
        try (Stream<Path> files = Files.walk(CORPUS, all ? Integer.MAX_VALUE : 1)) {
            seeds = files.filter(f -> f.toString().matches(".*\\.(md|txt|html)")).filter(f -> !f.endsWith("README.md"))
                    .sorted().toList();
        }
        Path checkout = Files.createTempDirectory("wfi-errata-bench");
        try {
            write(seeds, new Random(42), checkout.resolve("warm-up"), Math.min(200, pages));
            write(seeds, new Random(7), checkout.resolve("docs"), pages);
            ErrataEngine engine = ErrataEngine.load();
            // warm-up: the JIT, the contract's caches
            engine.check(List.of(checkout.resolve("warm-up")), Progress.NONE);
            resetPeaks();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            ErrataReport report = engine.check(List.of(checkout.resolve("docs")), Progress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            long examples = report.exampleCount();
            System.out.printf("java %s %s%n", System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getInputArguments());
            System.out.printf("pages: %d (from %d corpus pages), examples: %d, findings: %d, inputs not read: %d, time: %.2f s%n",
                    report.documents().size(), seeds.size(), examples, report.findings().size(), report.inputErrors().size(), seconds);
            System.out.printf("examples/s: %.0f%npages/s: %.0f%n", examples / seconds, pages / seconds);
            // CPU time does not depend on what else the machine runs: the figure to compare between changes
            System.out.printf("CPU time: %.2f s, examples per CPU second: %.0f (cores: %d)%n", cpuSeconds, examples / cpuSeconds,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("peak heap: %.1f MiB (max heap %d MiB)%n", peakHeap() / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576);
        } finally {
            try (Stream<Path> files = Files.walk(checkout)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Writes {@code count} varied copies of the seeds, a thousand to a directory, as a docs repository spreads them. */
    private static void write(List<Path> seeds, Random random, Path root, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path seed = seeds.get(i % seeds.size());
            String name = seed.getFileName().toString();
            String varied = Files.readString(seed, StandardCharsets.UTF_8)
                    .replace("ABCWorkforceIntegration", "Vendor" + random.nextInt(1_000_000))
                    .replace("\"apiVersion\": 1", "\"apiVersion\": " + (1 + random.nextInt(5)))
                    .replace("c5d0c76b-80c4-481c-be50-923cd8d680a1", UUID.randomUUID().toString())
                    .replace("Dwight Schrute", "Person " + i);
            Path file = root.resolve("part-" + (i / 1000)).resolve(i + "-" + name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, varied, StandardCharsets.UTF_8);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks: an upper bound on what was live at once. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
