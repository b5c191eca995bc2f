package dev.wfi.errata.check;

import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;

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
        // callback bodies carry whole entities, ids and timestamps included: only Graph requests are checked
        page.eachDeclaredValue(target -> target.isRequest()
                && "graph".equals(target.operation().map(o -> o.side()).orElse("")), (example, pointer, value, declared) -> {
            if (declared.readOnly() && !JsonWalk.name(pointer).startsWith("@")) {
                findings.add(this, Severity.ERROR, example, example.body().get().locate(pointer), pointer,
                        "request sets the read-only '" + JsonWalk.name(pointer) + "'; the service sets it, remove it");
            }
        });
    }
}
