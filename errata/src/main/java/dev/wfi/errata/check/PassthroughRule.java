package dev.wfi.errata.check;

import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.errata.extract.DocumentedExample;

import java.util.UUID;

/** X-MS-WFMPassthrough carries the workforce integration's id (a GUID), which lets a WFM service break update loops. */
final class PassthroughRule implements Rule {

    @Override
    public String id() {
        return "WFI-HEADER-PASSTHROUGH";
    }

    @Override
    public Kind kind() {
        return Kind.HEADER;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocumentedExample example : page.examples()) {
            example.header("X-MS-WFMPassthrough").ifPresent(h -> {
                if (!isGuid(h.value())) {
                    findings.add(this, Severity.WARNING, example, h.line(), h.name().length() + 3, "X-MS-WFMPassthrough '"
                            + h.value() + "' is not an integration id; Shifts sends the workforceIntegration's id (a GUID)");
                }
            });
        }
    }

    private static boolean isGuid(String value) {
        try {
            return UUID.fromString(value.strip()).toString().equalsIgnoreCase(value.strip());
        } catch (IllegalArgumentException notAGuid) {
            return false;
        }
    }
}
