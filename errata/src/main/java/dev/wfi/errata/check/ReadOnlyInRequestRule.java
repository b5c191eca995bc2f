package dev.wfi.errata.check;

import dev.wfi.errata.Kind;
import dev.wfi.errata.extract.DocumentedExample;
import dev.wfi.report.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request body that sets a property the service owns (ids, timestamps, lastModifiedBy). */
final class ReadOnlyInRequestRule implements Rule {

    @Override
    public String id() {
        return "WFI-READ-ONLY-IN-REQUEST";
    }

    @Override
    public Kind kind() {
        return Kind.READ_ONLY;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        // callback bodies carry whole entities, ids and timestamps included: only Graph requests are checked, and a
        // replace (PUT) sends the whole representation, whose server-set members the service ignores
        Map<DocumentedExample, List<String>> byExample = new LinkedHashMap<>();
        page.eachDeclaredValue(target -> target.isRequest() && !"PUT".equals(target.example().methodUpper())
                && "graph".equals(target.operation().map(o -> o.side()).orElse("")), (example, pointer, value, declared) -> {
            if (declared.readOnly() && !JsonWalk.name(pointer).startsWith("@")) {
                byExample.computeIfAbsent(example, e -> new ArrayList<>()).add(pointer);
            }
        });
        // one finding per example: the cause is one, a copied resource where only the settable members belong
        byExample.forEach((example, pointers) -> {
            String names = String.join(", ", pointers.stream().map(p -> "'" + JsonWalk.name(p) + "'").toList());
            findings.add(this, Severity.ERROR, example, example.body().get().locate(pointers.get(0)), pointers.get(0),
                    "request sets the read-only " + names + "; the service sets " + (pointers.size() == 1 ? "it" : "them")
                            + ", so leave " + (pointers.size() == 1 ? "it" : "them") + " out");
        });
    }
}
