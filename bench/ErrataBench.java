import dev.wfi.errata.ErrataEngine;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Progress;
import dev.wfi.errata.extract.SourceText;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Errata engine throughput: 10,000 pages made by varying the seed pages (values, ids, line order of
 * tables), checked in batches; prints examples/s, pages/s and the peak heap. Run by bench/errata.sh.
 */
public final class ErrataBench {

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("conformance-tests/src/main/resources/wfi/corpus"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(Files.readString(p));
            }
        }
        Random random = new Random(42);
        ErrataEngine engine = ErrataEngine.load();
        // warm-up: the JIT, the schema caches
        engine.check(generate(seeds, random, 0, Math.min(200, pages)), List.of(), Progress.NONE);
        resetPeaks();
        long examples = 0;
        long findings = 0;
        long nanos = 0; // only the engine is timed: making pages is the benchmark's work, and it runs on one thread
        long cpuNanos = 0;
        int batch = Integer.getInteger("batch", 100); // cross-page rules compare a page with its batch, as a docs checkout of related pages would be run
        for (int from = 0; from < pages; from += batch) {
            // pages are made a batch at a time, as a reader of a docs checkout would hold them
            List<SourceText> generated = generate(seeds, random, from, Math.min(from + batch, pages));
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            ErrataReport report = engine.check(generated, List.of(), Progress.NONE);
            nanos += System.nanoTime() - start;
            cpuNanos += processCpuNanos() - cpuStart;
            examples += report.exampleCount();
            findings += report.findings().size();
        }
        double seconds = nanos / 1e9;
        double cpuSeconds = cpuNanos / 1e9;
        System.out.printf("java %s %s%n", System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.printf("pages: %d, examples: %d, findings: %d, time: %.2f s%n", pages, examples, findings, seconds);
        System.out.printf("examples/s: %.0f%npages/s: %.0f%n", examples / seconds, pages / seconds);
        // CPU time does not depend on what else the machine runs: the figure to compare between changes
        System.out.printf("CPU time: %.2f s, examples per CPU second: %.0f (cores: %d)%n", cpuSeconds, examples / cpuSeconds,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("peak heap: %.1f MiB (max heap %d MiB)%n", peakHeap() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576);
    }

    private static List<SourceText> generate(List<String> seeds, Random random, int from, int to) {
        List<SourceText> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            String varied = seeds.get(i % seeds.size())
                    .replace("ABCWorkforceIntegration", "Vendor" + random.nextInt(1_000_000))
                    .replace("\"apiVersion\": 1", "\"apiVersion\": " + (1 + random.nextInt(5)))
                    .replace("c5d0c76b-80c4-481c-be50-923cd8d680a1", java.util.UUID.randomUUID().toString())
                    .replace("Dwight Schrute", "Person " + i);
            out.add(new SourceText("page-" + i + ".md", varied));
        }
        return out;
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
