package dev.wfi.errata.check;

import dev.wfi.contract.Contract;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wfi.contract.OperationMatch;
import dev.wfi.contract.PropertyInfo;
import dev.wfi.errata.extract.DocTable;
import dev.wfi.errata.extract.DocumentedExample;
import dev.wfi.errata.extract.ExtractedPage;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a rule sees: one page, the contract and, on a second look, what the other pages of the run say (for the
 * cross-page rules, whose few pages are checked again once every page is read).
 * What several rules need about an example (which schema applies, its violations) is worked out once here.
 */
public final class PageContext {

    private final ExtractedPage page;
    private final Contract contract;
    private final Optional<CorpusIndex> corpus;
    private int corpusAsked;
    private final Map<DocumentedExample, ExampleTarget> targets = new IdentityHashMap<>();
    private final Map<DocTable, Optional<String>> tableSchemas = new IdentityHashMap<>();
    private final Map<DocumentedExample, List<JsonWalk.Visit>> walks = new IdentityHashMap<>();
    private final Map<DocumentedExample, List<DeclaredValue>> declaredValues = new IdentityHashMap<>();
    private final Map<DocTable, ResolvedRows> tableRows = new IdentityHashMap<>();
    private List<DocumentedExample> coveredExamples;
    private List<OperationMatch> graphOperations;
    private Scope scope;

    private record DeclaredValue(JsonWalk.Visit visit, PropertyInfo declared) {
    }

    /** A table's rows resolved, and how often that asked for the other pages (asked again for each rule that reads them). */
    private record ResolvedRows(List<PropertyTables.RowName> rows, int corpusAsked) {
    }

    /** {@code corpus} is empty on a page's first look, before the run's other pages are all read. */
    public PageContext(ExtractedPage page, Contract contract, Optional<CorpusIndex> corpus) {
        this.page = page;
        this.contract = contract;
        this.corpus = corpus;
    }

    /**
     * What the other pages of the run say; empty on the first look, which marks the page to be checked again with
     * the whole run's index.
     */
    Optional<CorpusIndex> corpus() {
        if (corpus.isEmpty()) {
            corpusAsked++;
        }
        return corpus;
    }

    /**
     * How many times the rules asked for the other pages before they were all read: a rule that asked is run on the page
     * again once they are.
     */
    public int corpusAsked() {
        return corpusAsked;
    }

    public ExtractedPage page() {
        return page;
    }

    public Contract contract() {
        return contract;
    }


    /** The text of page line {@code n} (1-based). */
    public String line(int n) {
        return page.page().line(n);
    }

    /** Every example of the page: the rules that need no contract check them all. */
    public List<DocumentedExample> examples() {
        return page.examples();
    }

    /** The examples the contract covers: the rules that judge by the contract check only these. */
    public List<DocumentedExample> coveredExamples() {
        if (coveredExamples == null) {
            coveredExamples = page.examples().stream().filter(this::covers).toList();
        }
        return coveredExamples;
    }

    public boolean covers(DocumentedExample example) {
        return scope().example(example, target(example));
    }

    /** The page documents an operation or resource of the contract, so its tables are judged by it too. */
    public boolean coversPage() {
        return scope().page();
    }

    /** The contract's operation this page documents, from its request syntax or its requests. */
    public Optional<OperationMatch> documentedOperation() {
        return scope().operation();
    }

    /** The operations the page may document (see {@link Scope#candidates()}). */
    List<OperationMatch> candidateOperations() {
        return scope().candidates();
    }

    private Scope scope() {
        if (scope == null) {
            scope = Scope.of(page, contract);
        }
        return scope;
    }

    /** The Graph-side operations of the contract, worked out once per page. */
    List<OperationMatch> graphOperations() {
        if (graphOperations == null) {
            graphOperations = GraphOperations.all(contract);
        }
        return graphOperations;
    }

    /**
     * The schema a property table describes, on a page the contract covers: the request body of the operation the
     * page documents, the page's resource, or else the schema most of its names belong to. Worked out once per table.
     */
    Optional<String> tableSchema(DocTable table) {
        return tableSchemas.computeIfAbsent(table, t -> {
            if (!coversPage()) {
                return Optional.empty();
            }
            Optional<String> stated = t.isRequestBody() ? documentedOperation().flatMap(OperationMatch::requestSchema)
                    : scope().resource();
            return stated.or(() -> PropertyTables.schemaOf(t, contract));
        });
    }

    /**
     * Every row of a property table resolved to the property it stands for ({@link PropertyTables#rows}), worked out
     * once per table: five rules read them. A rule that reads rows which asked for the other pages is counted as
     * asking too, so it is run again on the second look as it would be had it resolved them itself.
     */
    List<PropertyTables.RowName> tableRows(DocTable table) {
        ResolvedRows resolved = tableRows.get(table);
        if (resolved == null) {
            int before = corpusAsked;
            List<PropertyTables.RowName> rows = PropertyTables.rows(this, table);
            resolved = new ResolvedRows(rows, corpusAsked - before);
            tableRows.put(table, resolved);
        } else {
            corpusAsked += resolved.corpusAsked();
        }
        return resolved.rows();
    }

    /** What the contract declares for one member of an example body. */
    @FunctionalInterface
    interface DeclaredValueVisitor {
        void visit(DocumentedExample example, String pointer, JsonNode value, PropertyInfo declared);
    }

    /**
     * Visits every member of the parsed bodies of the chosen examples that the contract declares, with its
     * declaration (read-only, write-only, enum). The body's root is not a member and is not visited.
     */
    void eachDeclaredValue(Predicate<ExampleTarget> which, DeclaredValueVisitor visitor) {
        for (DocumentedExample example : page.examples()) {
            ExampleTarget target = target(example);
            if (example.json().isEmpty() || target.schema().isEmpty() || !which.test(target) || !covers(example)) {
                continue;
            }
            for (DeclaredValue member : declaredValues.computeIfAbsent(example, e -> declaredValues(e, target.schema().get()))) {
                visitor.visit(example, member.visit().pointer(), member.visit().value(), member.declared());
            }
        }
    }

    private List<DeclaredValue> declaredValues(DocumentedExample example, String schema) {
        List<DeclaredValue> members = new ArrayList<>();
        for (JsonWalk.Visit visit : walk(example)) {
            if (!visit.pointer().isEmpty()) {
                contract.property(schema, visit.pointer()).ifPresent(declared -> members.add(new DeclaredValue(visit, declared)));
            }
        }
        return members;
    }

    /** Every value of the example's parsed body with its pointer (none when it does not parse), walked once for all rules. */
    List<JsonWalk.Visit> walk(DocumentedExample example) {
        return walks.computeIfAbsent(example, e -> e.json().map(JsonWalk::of).orElse(List.of()));
    }

    public ExampleTarget target(DocumentedExample example) {
        return targets.computeIfAbsent(example, e -> ExampleTarget.resolve(e, contract));
    }
}
