package dev.wfi.errata.check;

import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;

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
        page.eachDeclaredValue(target -> !target.isRequest(), (example, pointer, value, declared) -> {
            if (declared.writeOnly() && !value.isNull()) {
                Fix fix = example.body().get().valueSpan(pointer)
                        .map(span -> new Fix(span.line(), span.column(), span.line(), span.endColumn(), "null")).orElse(null);
                findings.add(this, Severity.ERROR, example, example.body().get().locate(pointer), pointer,
                        "response shows the write-only '" + JsonWalk.name(pointer)
                                + "'; the service never returns it: show null or leave it out", fix);
            }
        });
    }
}
