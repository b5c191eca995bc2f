package dev.wfi.conformance.check;

import dev.wfi.conformance.Kind;
import dev.wfi.conformance.Severity;
import dev.wfi.conformance.contract.PropertyInfo;
import dev.wfi.conformance.extract.DocumentedExample;

/** A response (or resource representation) that shows a write-only value such as {@code encryption.secret}. */
final class SecretEchoRule implements Rule {

    @Override
    public String id() {
        return "WFI-SECRET-ECHO";
    }

    @Override
    public Kind kind() {
        return Kind.SECRET;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocumentedExample example : page.examples()) {
            ExampleTarget target = page.target(example);
            if (target.isRequest() || target.schema().isEmpty() || example.json().isEmpty()) {
                continue;
            }
            String schema = target.schema().get();
            JsonWalk.each(example.json().get(), (pointer, value) -> {
                if (pointer.isEmpty() || value.isNull()) {
                    return;
                }
                boolean writeOnly = page.contract().property(schema, pointer).map(PropertyInfo::writeOnly).orElse(false);
                if (writeOnly) {
                    findings.add(this, Severity.ERROR, example, example.body().get().locate(pointer), pointer,
                            "response shows the write-only '" + JsonWalk.name(pointer)
                                    + "'; the service never returns it: show null or leave it out");
                }
            });
        }
    }
}
