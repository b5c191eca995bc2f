package dev.wfi.conformance.check;

import dev.wfi.conformance.contract.Contract;
import dev.wfi.conformance.extract.DocumentedExample;
import dev.wfi.conformance.extract.ExtractedPage;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule sees: one page, the contract, and the other pages of the run (for cross-page rules).
 * What several rules need about an example (which schema applies, its violations) is worked out once here.
 */
public final class PageContext {

    private final ExtractedPage page;
    private final Contract contract;
    private final List<ExtractedPage> corpus;
    private final Map<DocumentedExample, ExampleTarget> targets = new IdentityHashMap<>();

    public PageContext(ExtractedPage page, Contract contract, List<ExtractedPage> corpus) {
        this.page = page;
        this.contract = contract;
        this.corpus = List.copyOf(corpus);
    }

    public ExtractedPage page() {
        return page;
    }

    public Contract contract() {
        return contract;
    }

    public List<ExtractedPage> corpus() {
        return corpus;
    }

    /** The text of page line {@code n} (1-based). */
    public String line(int n) {
        return page.page().line(n);
    }

    public List<DocumentedExample> examples() {
        return page.examples();
    }

    public ExampleTarget target(DocumentedExample example) {
        return targets.computeIfAbsent(example, e -> ExampleTarget.resolve(e, contract));
    }
}
