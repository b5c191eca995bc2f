package dev.wfi.errata;

import dev.wfi.errata.check.CorpusIndex;
import dev.wfi.errata.check.Findings;
import dev.wfi.errata.check.PageContext;
import dev.wfi.errata.check.Rule;
import dev.wfi.errata.check.Rules;
import dev.wfi.contract.Contract;
import dev.wfi.errata.extract.ExtractedPage;
import dev.wfi.errata.extract.PageReader;
import dev.wfi.errata.extract.PageSources;
import dev.wfi.errata.extract.SourceText;
import dev.wfi.errata.registry.ErrataRegistry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The module's entry point: reads documentation pages, extracts their examples, checks them against the
 * contract and returns one {@link ErrataReport}. User input problems become findings or {@link InputError}s,
 * never exceptions: one bad page does not stop the others.
 */
public final class ErrataEngine {

    /** The project version the build stamped into {@code wfi/engine.properties}. */
    public static final String VERSION = stampedVersion();

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private final Contract contract;
    private final ErrataRegistry registry;
    private final List<Rule> rules;

    public ErrataEngine(Contract contract, ErrataRegistry registry, List<Rule> rules) {
        this.contract = contract;
        this.registry = registry;
        this.rules = List.copyOf(rules);
    }

    /** An engine over the bundled contract, the bundled errata registry and every rule. */
    public static ErrataEngine load() {
        return new ErrataEngine(Contract.bundled(), ErrataRegistry.bundled(), Rules.all());
    }

    /** Checks the corpus bundled with the tool (the five seed pages). */
    public ErrataReport checkBundledCorpus(Progress progress) {
        PageSources.Collected bundled = PageSources.bundled();
        return check(bundled.pages(), bundled.errors(), progress);
    }

    /** Checks the given files and directories (recursively: .md, .txt, .html). */
    public ErrataReport check(List<Path> inputs, Progress progress) {
        PageSources.Collected collected = PageSources.collect(inputs);
        return check(collected.pages(), collected.errors(), progress);
    }

    /**
     * Checks page texts already in memory. Pages are read and checked in parallel (they share only the
     * contract, whose caches are concurrent); the report keeps the input order.
     */
    public ErrataReport check(List<SourceText> sources, List<InputError> inputErrors, Progress progress) {
        List<InputError> errors = Collections.synchronizedList(new ArrayList<>(inputErrors));
        List<ReadPage> read = eachPage(sources, source -> {
            try {
                ExtractedPage page = PageReader.read(source.path(), source.text());
                return new ReadPage(page, CorpusIndex.part(page));
            } catch (RuntimeException bug) {
                // a reader bug must not cost the user the other pages; it is reported, with its cause
                errors.add(new InputError(source.path(), "internal error while reading the page: " + bug));
                return null;
            }
        }).stream().filter(Objects::nonNull).toList();
        List<ExtractedPage> pages = read.stream().map(ReadPage::page).toList();
        CorpusIndex index = CorpusIndex.merge(read.stream().map(ReadPage::indexPart).toList());
        AtomicInteger done = new AtomicInteger();
        List<Checked> perPage = eachPage(pages, page -> {
            Checked checked = checkPage(page, index, errors);
            synchronized (progress) {
                progress.pageDone(done.incrementAndGet(), pages.size());
            }
            return checked;
        });
        List<Finding> findings = new ArrayList<>();
        perPage.forEach(checked -> findings.addAll(checked.findings()));
        findings.sort(ORDER);
        List<DocumentSummary> documents = perPage.stream().map(Checked::summary).toList();
        List<InputError> sortedErrors;
        synchronized (errors) {
            sortedErrors = new ArrayList<>(errors);
        }
        return new ErrataReport(VERSION, documents, registry.mark(findings), sortedErrors);
    }

    /** A page as read, with what it adds to the cross-page index. */
    private record ReadPage(ExtractedPage page, CorpusIndex.Part indexPart) {
    }

    /** What checking one page gave: its findings, and its summary with what the contract covered of it. */
    private record Checked(List<Finding> findings, DocumentSummary summary) {
    }

    private Checked checkPage(ExtractedPage page, CorpusIndex index, List<InputError> errors) {
        PageContext context = new PageContext(page, contract, index);
        Findings found = new Findings(page.page().path());
        for (Rule rule : rules) {
            try {
                rule.check(context, found);
            } catch (RuntimeException bug) {
                errors.add(new InputError(page.page().path(), "internal error in rule " + rule.id() + ": " + bug));
            }
        }
        DocumentSummary summary = new DocumentSummary(page.page().path(), page.page().locale(), page.page().format(),
                page.examples().size(), context.coversPage(), context.coveredExamples().size(),
                Excerpt.of(page.page().lines(), found.list()));
        return new Checked(found.list(), summary);
    }

    /**
     * Maps every item on all cores, the results in input order. Each worker takes the next item when it is free:
     * pages differ in cost tenfold, and a parallel stream's fixed split left one core idle at the end of each batch.
     */
    private static <T, R> List<R> eachPage(List<T> items, Function<T, R> work) {
        int workers = Math.min(items.size(), ForkJoinPool.getCommonPoolParallelism() + 1);
        if (workers <= 1) {
            return items.stream().map(work).collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        }
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                results[i] = work.apply(items.get(i));
            }
        };
        List<ForkJoinTask<?>> helpers = new ArrayList<>(workers - 1);
        for (int w = 1; w < workers; w++) {
            helpers.add(ForkJoinPool.commonPool().submit(worker));
        }
        worker.run(); // the calling thread works too
        helpers.forEach(ForkJoinTask::join);
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return list;
    }

    private static String stampedVersion() {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.InputStream in = ErrataEngine.class.getClassLoader().getResourceAsStream("wfi/engine.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (java.io.IOException unreadable) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
