package dev.wfi.errata.check;

import dev.wfi.contract.OperationMatch;
import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.errata.extract.ExtractedPage;
import dev.wfi.report.Severity;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A success status the Response section's prose states ("returns a `200 OK` response code") that the contract does
 * not declare for the operation the page documents. The code span is the same in every language, so translated pages
 * are read alike; the English sentence a translated page keeps beside its translation is fixed with it.
 */
final class StatedStatusRule implements Rule {

    @Override
    public String id() {
        return "WFI-STATUS-PROSE";
    }

    @Override
    public Kind kind() {
        return Kind.STATUS;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        Optional<OperationMatch> documented = page.documentedOperation();
        if (documented.isEmpty()) {
            return;
        }
        OperationMatch op = documented.get();
        for (ExtractedPage.StatedStatus stated : page.page().statedStatuses()) {
            // an error status in the prose ("404 Not Found" when ...) is not what the operation answers on success
            if (stated.status() < 200 || stated.status() >= 300 || op.responses().containsKey(stated.status())) {
                continue;
            }
            String success = op.successStatuses().stream().map(StatusRule::written).collect(Collectors.joining(" or "));
            List<ExtractedPage.Place> places = stated.places();
            ExtractedPage.Place first = places.get(0);
            Fix fix = op.successStatuses().size() != 1 ? null
                    : Fix.replace(first.line(), first.column(), stated.text().length(),
                            StatusRule.written(op.successStatuses().iterator().next()))
                    .alsoAt(places.subList(1, places.size()).stream().map(p -> new Fix.Span(p.line(), p.column(),
                            p.line(), p.column() + stated.text().length())).toList());
            findings.add(this, Severity.ERROR, first.line(), first.column(), "the Response section says '"
                    + stated.text() + "', but " + op.method().toUpperCase() + " " + op.pathTemplate() + " ("
                    + op.operationId() + ") answers " + (success.isEmpty() ? "no success status" : success), fix);
        }
    }
}
