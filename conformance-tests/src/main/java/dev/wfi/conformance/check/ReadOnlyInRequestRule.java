package dev.wfi.conformance.check;

import dev.wfi.conformance.Kind;
import dev.wfi.conformance.Severity;
import dev.wfi.conformance.contract.PropertyInfo;
import dev.wfi.conformance.extract.DocumentedExample;

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
        for (DocumentedExample example : page.examples()) {
            ExampleTarget target = page.target(example);
            if (!target.isRequest() || target.schema().isEmpty() || example.json().isEmpty()
                    || !"graph".equals(target.operation().map(o -> o.side()).orElse(""))) {
                continue; // callback bodies carry whole entities, ids and timestamps included
            }
            String schema = target.schema().get();
            JsonWalk.each(example.json().get(), (pointer, value) -> {
                if (pointer.isEmpty() || JsonWalk.name(pointer).startsWith("@")) {
                    return;
                }
                boolean readOnly = page.contract().property(schema, pointer).map(PropertyInfo::readOnly).orElse(false);
                if (readOnly) {
                    findings.add(this, Severity.ERROR, example, example.body().get().locate(pointer), pointer,
                            "request sets the read-only '" + JsonWalk.name(pointer) + "'; the service sets it, remove it");
                }
            });
        }
    }
}
