package dev.wfi.errata.check;

import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.contract.OperationMatch;
import dev.wfi.errata.extract.DocumentedExample;

import java.util.Optional;
import java.util.Set;

/**
 * Request URLs: a Graph URL needs a version segment (v1.0 or beta) and forward slashes, and every URL
 * must name an operation of the contract (Graph's API, or the callback paths under {url}/v{apiVersion}).
 */
final class UrlRule implements Rule {

    private static final Set<String> GRAPH_VERSIONS = Set.of("v1.0", "beta");

    @Override
    public String id() {
        return "WFI-URL";
    }

    @Override
    public Kind kind() {
        return Kind.URL;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocumentedExample example : page.examples()) {
            if (example.role() != DocumentedExample.Role.REQUEST) {
                continue;
            }
            String url = example.url();
            int column = page.line(example.line()).indexOf(url) + 1;
            if (url.contains("\\")) {
                findings.add(this, Severity.ERROR, example, example.line(), column,
                        "URL '" + url + "' contains a backslash; URLs use forward slashes");
            }
            Optional<OperationMatch> op = page.target(example).operation();
            boolean graphHost = url.startsWith("https://graph.microsoft.com/");
            if (graphHost) {
                String segment = url.substring("https://graph.microsoft.com/".length()).split("[/\\\\]", 2)[0];
                if (!GRAPH_VERSIONS.contains(segment)) {
                    findings.add(this, Severity.ERROR, example, example.line(), column, "URL '" + url
                            + "' has '" + segment + "' where the version belongs: https://graph.microsoft.com/v1.0/... or /beta/...");
                    continue;
                }
            }
            if (op.isEmpty()) {
                findings.add(this, Severity.ERROR, example, example.line(), column, example.methodUpper() + " " + url
                        + " matches no operation of the contract" + (graphHost ? ""
                        : "; Shifts calls {url}/v{apiVersion}/connect, /v{apiVersion}/teams/{teamId}/update and /v{apiVersion}/teams/{teamId}/read"));
            }
        }
    }
}
