package dev.wfi.errata;

import dev.wfi.errata.check.CorpusIndex;
import dev.wfi.errata.check.Findings;
import dev.wfi.errata.check.PageContext;
import dev.wfi.errata.check.Rule;
import dev.wfi.errata.check.Rules;
import dev.wfi.contract.Contract;
import dev.wfi.errata.extract.ExtractedPage;
import dev.wfi.errata.extract.PageReader;
import dev.wfi.errata.extract.PageInput;
import dev.wfi.errata.extract.PageSources;
import dev.wfi.errata.extract.SourceText;
import dev.wfi.errata.registry.ErrataRegistry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

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

    /**
     * Characters of page lines a run keeps for the reports to quote: about 10 MB, so a checkout dense with errata stays
     * within a small heap; past it, findings are reported without their lines.
     */
    static final long EXCERPT_BUDGET = 5_000_000;

    public ErrataEngine(Contract contract, ErrataRegistry registry, List<Rule> rules) {
        this.contract = contract;
        this.registry = registry;
        this.rules = List.copyOf(rules);
    }

    /** An engine over the bundled contract, the bundled errata registry and every rule. */
    public static ErrataEngine load() {
        return new ErrataEngine(Contract.bundled(), ErrataRegistry.bundled(), Rules.all());
    }

    /** Checks the corpus bundled with the tool (the seed pages and the development pages). */
    public ErrataReport checkBundledCorpus(Progress progress) {
        PageSources.Collected bundled = PageSources.bundled();
        return check(bundled.pages(), bundled.errors(), progress);
    }

    /** Checks the given files and directories (recursively: .md, .txt, .html), reading each page when it is checked. */
    public ErrataReport check(List<Path> inputs, Progress progress) {
        return check(inputs, Selection.ALL, progress);
    }

    /**
     * Checks the given files and directories, reporting the pages and findings {@code selection} keeps (the pages a
     * pull request changed, the findings on its lines). Every page is still read for the cross-page index; the rules
     * run only on the pages reported.
     */
    public ErrataReport check(List<Path> inputs, Selection selection, Progress progress) {
        PageSources.Listed listed = PageSources.list(inputs);
        return run(listed.pages(), listed.errors(), selection, progress);
    }

    /** Checks page texts already in memory. */
    public ErrataReport check(List<SourceText> sources, List<InputError> inputErrors, Progress progress) {
        return run(sources.stream().map(PageInput::of).toList(), inputErrors, Selection.ALL, progress);
    }

    /**
     * One pass over the pages, on all cores: each is read, checked and let go, adding what the cross-page rules need to
     * the run's index; the few findings that need the other pages are completed once every page is read. Memory holds
     * the findings and the index, not the pages. The report keeps the input order.
     */
    private ErrataReport run(List<PageInput> inputs, List<InputError> inputErrors, Selection selection,
                             Progress progress) {
        List<InputError> errors = Collections.synchronizedList(new ArrayList<>(inputErrors));
        CorpusIndex index = new CorpusIndex();
        Strings strings = new Strings(new java.util.concurrent.atomic.AtomicLong(EXCERPT_BUDGET));
        AtomicInteger done = new AtomicInteger();
        List<Checked> checked = eachPage(inputs, (order, input) -> {
            // a page left out of the report is read for the index only: no rule runs on it
            boolean reported = input.file().map(selection::reports).orElse(true);
            Checked result = input.read(errors).map(source -> checkPage(source, order, index, Optional.empty(),
                    reported ? rules : List.of(), List.of(), strings, errors)).orElse(null);
            if (!reported) {
                result = null;
            }
            synchronized (progress) {
                progress.pageDone(done.incrementAndGet(), inputs.size());
            }
            return result;
        });
        // the rules that asked for the other pages are run again on their pages, now that the index is whole
        List<Integer> again = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            if (checked.get(i) != null && !checked.get(i).waiting().isEmpty()) {
                again.add(i);
            }
        }
        List<Checked> second = eachPage(again, (n, i) -> inputs.get(i).read(errors)
                .map(source -> checkPage(source, i, null, Optional.of(index), checked.get(i).waiting(),
                        checked.get(i).withoutWaiting(), strings, errors)).orElse(checked.get(i)));
        for (int n = 0; n < again.size(); n++) {
            checked.set(again.get(n), second.get(n));
        }
        List<Finding> findings = new ArrayList<>();
        List<DocumentSummary> documents = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            Checked page = checked.get(i);
            if (page != null) {
                Optional<Path> file = inputs.get(i).file();
                page.findings().stream().filter(f -> file.isEmpty() || selection.keeps(file.get(), f)).forEach(findings::add);
                documents.add(page.summary());
            }
        }
        findings.sort(ORDER);
        List<InputError> sortedErrors;
        synchronized (errors) {
            sortedErrors = new ArrayList<>(errors);
        }
        return new ErrataReport(VERSION, documents, registry.mark(findings), sortedErrors);
    }

    /**
     * What a streamed run keeps, kept small: one copy of each text of its findings (a docs checkout repeats its errata
     * across pages and languages), and page lines for the reports up to a budget.
     */
    private static final class Strings {
        private final java.util.concurrent.ConcurrentHashMap<String, String> seen = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicLong excerptBudget;

        Strings(java.util.concurrent.atomic.AtomicLong excerptBudget) {
            this.excerptBudget = excerptBudget;
        }

        /** The excerpt while the run's budget lasts, then none. */
        Excerpt kept(Excerpt excerpt) {
            return excerptBudget.addAndGet(-excerpt.characters()) >= 0 ? excerpt : Excerpt.OVER_BUDGET;
        }

        private String of(String text) {
            if (text == null) {
                return null;
            }
            String known = seen.get(text); // most texts are seen already: a read takes no lock
            return known != null ? known : Objects.requireNonNullElse(seen.putIfAbsent(text, text), text);
        }

        Finding shared(Finding f) {
            Fix fix = f.fix() == null ? null : new Fix(f.fix().line(), f.fix().column(), f.fix().endLine(),
                    f.fix().endColumn(), of(f.fix().replacement()), f.fix().alsoAt());
            return new Finding(of(f.ruleId()), f.kind(), f.severity(), of(f.path()), f.line(), f.column(), of(f.example()),
                    of(f.pointer()), of(f.message()), f.registered(), fix);
        }
    }

    /** What checking one page gave: its findings and summary, and whether it waits for the run's other pages. */
    private record Checked(List<Finding> findings, DocumentSummary summary, Set<Rule> waiting) {

        /** This first look's findings but those of the rules that waited, which the second look finds again. */
        List<Finding> withoutWaiting() {
            Set<String> rerun = waiting.stream().map(Rule::id).collect(java.util.stream.Collectors.toSet());
            return findings.stream().filter(f -> !rerun.contains(f.ruleId())).toList();
        }
    }

    /**
     * Checks one page: on the first look with every rule, adding to the run's index; on the second with the rules that
     * waited for the whole index, adding to what the others found on the first ({@code earlier}).
     */
    private Checked checkPage(SourceText source, int order, CorpusIndex index, Optional<CorpusIndex> whole,
                              Collection<Rule> run, List<Finding> earlier, Strings strings, List<InputError> errors) {
        ExtractedPage page;
        try {
            page = PageReader.read(source.path(), source.text());
        } catch (RuntimeException bug) {
            // a reader bug must not cost the user the other pages; it is reported, with its cause
            errors.add(new InputError(source.path(), "internal error while reading the page: " + bug));
            return null;
        }
        if (index != null) {
            index.add(page, order);
        }
        PageContext context = new PageContext(page, contract, whole);
        Findings found = new Findings(page.page().path());
        Set<Rule> waiting = new LinkedHashSet<>();
        for (Rule rule : run) {
            int asked = context.corpusAsked();
            try {
                rule.check(context, found);
            } catch (RuntimeException bug) {
                errors.add(new InputError(page.page().path(), "internal error in rule " + rule.id() + ": " + bug));
            }
            if (context.corpusAsked() > asked) {
                waiting.add(rule);
            }
        }
        List<Finding> all = new ArrayList<>(earlier);
        found.list().stream().map(strings::shared).forEach(all::add);
        // a page that waits is quoted on its second look, with what that finds: its lines are kept, and counted, once
        Excerpt excerpt = waiting.isEmpty() ? strings.kept(Excerpt.of(page.page().lines(), all)) : Excerpt.NONE;
        DocumentSummary summary = new DocumentSummary(page.page().path(), page.page().locale(), page.page().format(),
                page.examples().size(), context.coversPage(), context.coveredExamples().size(), excerpt);
        return new Checked(all, summary, waiting);
    }

    /**
     * Maps every item on all cores, the results in input order. Each worker takes the next item when it is free:
     * pages differ in cost tenfold, and a parallel stream's fixed split left one core idle at the end of each batch.
     */
    private static <T, R> List<R> eachPage(List<T> items, java.util.function.BiFunction<Integer, T, R> work) {
        int workers = Math.min(items.size(), ForkJoinPool.getCommonPoolParallelism() + 1);
        if (workers <= 1) {
            List<R> results = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                results.add(work.apply(i, items.get(i)));
            }
            return results;
        }
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                results[i] = work.apply(i, items.get(i));
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
