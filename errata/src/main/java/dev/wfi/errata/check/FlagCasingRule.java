package dev.wfi.errata.check;

import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A response that shows a flag set the way a client might send it ("Shift,SwapRequest") rather than the way
 * the service answers: members in declared order, spelled as the contract spells them ("shift,swapRequest").
 * Requests may use any casing, so only responses are checked.
 */
final class FlagCasingRule implements Rule {

    @Override
    public String id() {
        return "WFI-FLAG-CANONICAL";
    }

    @Override
    public Kind kind() {
        return Kind.ENUM;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        page.eachDeclaredValue(target -> !target.isRequest(), (example, pointer, value, declared) -> {
            Optional<String> flagEnum = declared.enumSchema().filter(page.contract()::isFlagEnum);
            if (!value.isTextual() || flagEnum.isEmpty()) {
                return;
            }
            canonical(value.asText(), page.contract().flagMembers(flagEnum.get()))
                    .filter(canonical -> !canonical.equals(value.asText()))
                    .ifPresent(canonical -> findings.add(this, Severity.NOTE, example,
                            example.body().get().locate(pointer), pointer, "the service answers '" + canonical
                                    + "', not '" + value.asText() + "' (members in declared order, the contract's spelling)",
                            example.body().get().valueSpan(pointer).map(span -> new Fix(span.line(), span.column(),
                                    span.line(), span.endColumn(), "\"" + canonical + "\"")).orElse(null)));
        });
    }

    /** The canonical form of a valid flag value; empty when a member is unknown (the schema rules report that). */
    static Optional<String> canonical(String value, List<String> members) {
        boolean[] present = new boolean[members.size()];
        for (String token : value.split(",", -1)) {
            String t = token.strip().toLowerCase(Locale.ROOT);
            int index = -1;
            for (int i = 0; i < members.size(); i++) {
                if (members.get(i).toLowerCase(Locale.ROOT).equals(t)) {
                    index = i;
                }
            }
            if (index < 0) {
                return Optional.empty();
            }
            present[index] = true;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (present[i] && !members.get(i).equals("none")) {
                out.add(members.get(i));
            }
        }
        return Optional.of(out.isEmpty() ? "none" : String.join(",", out));
    }
}
