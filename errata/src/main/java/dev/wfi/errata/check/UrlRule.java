package dev.wfi.errata.check;

import dev.wfi.contract.NearMiss;
import dev.wfi.contract.OperationMatch;
import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.errata.extract.DocumentedExample;
import dev.wfi.errata.extract.ExtractedPage;
import dev.wfi.report.Severity;

import java.util.Optional;
import java.util.Set;

/**
 * Request URLs: a Graph URL needs a version segment (v1.0 or beta) and forward slashes, whatever it addresses.
 * A URL that nearly addresses an operation of the contract is told what differs; one that matches nothing is an
 * erratum only on a page the contract covers (anything else is an API the contract does not describe).
 */
final class UrlRule implements Rule {

    private static final String GRAPH = "https://graph.microsoft.com/";
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
        // the request syntax block is what readers copy first
        for (ExtractedPage.Syntax syntax : page.page().syntax()) {
            Optional<OperationMatch> op = page.contract().match(syntax.method(), syntax.path());
            int column = page.line(syntax.line()).indexOf(syntax.path()) + 1;
            if (column < 1) {
                continue;
            }
            if (op.isEmpty()) {
                // a path that nearly addresses an operation of the same method; another method may be another API's
                ExampleTarget.nearlyAddressed(page.contract(), syntax.method(), syntax.path())
                        .ifPresent(near -> findings.add(this, Severity.ERROR, syntax.line(), column,
                                nearly(syntax.method().toUpperCase(java.util.Locale.ROOT), syntax.path(), near),
                                Fix.replace(syntax.line(), column, syntax.path().length(), near.fixedUrl())));
                continue;
            }
            String spelled = spelledAsTheContract(syntax.path(), op.get().pathTemplate());
            if (!spelled.equals(syntax.path())) {
                findings.add(this, Severity.NOTE, syntax.line(), column,
                        casedOtherwise(syntax.method().toUpperCase(java.util.Locale.ROOT), syntax.path(), op.get()),
                        Fix.replace(syntax.line(), column, syntax.path().length(), spelled));
            }
        }
        for (DocumentedExample example : page.examples()) {
            if (example.role() != DocumentedExample.Role.REQUEST) {
                continue;
            }
            String url = example.url();
            int column = page.line(example.line()).indexOf(url) + 1;
            if (url.contains("\\")) {
                findings.add(this, Severity.ERROR, example, example.line(), column,
                        "URL '" + url + "' contains a backslash; URLs use forward slashes",
                        Fix.replace(example.line(), column, url.length(), url.replace('\\', '/')));
                continue;
            }
            boolean graphHost = url.startsWith(GRAPH);
            if (graphHost) {
                String segment = url.substring(GRAPH.length()).split("/", 2)[0];
                if (!GRAPH_VERSIONS.contains(segment)) {
                    // the page's own version, where it has one, is what a reader of the page means
                    Optional<String> version = VersionRule.version(page).filter(v -> v.startsWith(segment));
                    findings.add(this, Severity.ERROR, example, example.line(), column, "URL '" + url
                            + "' has '" + segment + "' where the version belongs: https://graph.microsoft.com/v1.0/... or /beta/...",
                            version.map(v -> Fix.replace(example.line(), column + GRAPH.length(), segment.length(), v)).orElse(null));
                    continue;
                }
            }
            // the URL as written: the target may be the operation it only nearly addresses
            Optional<OperationMatch> op = page.contract().match(example.method(), url);
            if (op.isPresent()) {
                String spelled = spelledAsTheContract(url, op.get().pathTemplate());
                if (!spelled.equals(url)) {
                    findings.add(this, Severity.NOTE, example, example.line(), column,
                            casedOtherwise(example.methodUpper(), url, op.get()), Fix.replace(example.line(), column, url.length(), spelled));
                }
                continue;
            }
            Optional<NearMiss> near = page.contract().nearest(example.method(), url);
            if (near.isPresent()) {
                NearMiss miss = near.get();
                boolean methodOnly = miss.difference().startsWith("the method ");
                String message = nearly(example.methodUpper(), url, miss);
                Fix fix = methodOnly ? null : Fix.replace(example.line(), column, url.length(), miss.fixedUrl());
                findings.add(this, Severity.ERROR, example, example.line(), methodOnly ? 1 : column, message, fix);
            } else if (page.coversPage() && !graphHost) {
                findings.add(this, Severity.ERROR, example, example.line(), column, example.methodUpper() + " " + url
                        + " matches no operation of the contract; Shifts calls {url}/v{apiVersion}/connect,"
                        + " /v{apiVersion}/teams/{teamId}/update and /v{apiVersion}/teams/{teamId}/read");
            } else if (page.documentedOperation().filter(o -> sameResource(o.pathTemplate(), url)).isPresent()) {
                findings.add(this, Severity.ERROR, example, example.line(), column, example.methodUpper() + " " + url
                        + " matches no operation of the contract" + page.documentedOperation()
                        .map(o -> "; the page documents " + o.method() + " " + o.pathTemplate()).orElse(""));
            }
        }
    }

    /** The error for a URL (an example's or the request syntax's) that nearly addresses an operation. */
    private static String nearly(String method, String url, NearMiss miss) {
        return method + " " + url + " nearly addresses " + miss.operationId() + " (" + miss.method() + " "
                + miss.pathTemplate() + ") but has " + miss.difference();
    }

    /** The note for a URL (an example's or the request syntax's) that spells a segment in another case than the API. */
    private static String casedOtherwise(String method, String url, OperationMatch operation) {
        return method + " " + url + " spells a segment otherwise than the API (" + operation.pathTemplate()
                + "); Graph matches it ignoring case, readers copy it as written";
    }

    /** The URL with each literal segment of its path spelled as the template spells it (the last segments align). */
    private static String spelledAsTheContract(String url, String template) {
        int query = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c);
            query = at >= 0 ? Math.min(query, at) : query;
        }
        String[] path = url.substring(0, query).split("/", -1);
        String[] literal = template.replaceFirst("^/+", "").split("/");
        int offset = path.length - literal.length;
        if (offset < 0) {
            return url;
        }
        for (int i = 0; i < literal.length; i++) {
            String t = literal[i];
            if (!t.startsWith("{") && t.equalsIgnoreCase(path[offset + i]) && !t.equals(path[offset + i])) {
                path[offset + i] = t;
            }
        }
        return String.join("/", path) + url.substring(query);
    }

    /** The URL is under the same top-level resource as the operation the page documents ({@code /teams/...}). */
    private static boolean sameResource(String template, String url) {
        String path = url.startsWith(GRAPH) ? url.substring(GRAPH.length()) : url;
        String[] segments = path.replaceFirst("^/+", "").split("[/?#]");
        int first = segments.length > 1 && GRAPH_VERSIONS.contains(segments[0]) ? 1 : 0;
        String resource = template.replaceFirst("^/+", "").split("/")[0];
        return segments.length > first && segments[first].equalsIgnoreCase(resource);
    }
}
