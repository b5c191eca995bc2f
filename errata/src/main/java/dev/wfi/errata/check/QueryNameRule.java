package dev.wfi.errata.check;

import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.errata.extract.DocumentedExample;
import io.swagger.v3.oas.models.media.Schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Query names of the eligibility read ({@code /shifts/{id}/requestableShifts?...}) that the contract does not
 * use. The names come from the contract's example of {@code wfmRequestItem.url}. The docs' read examples are
 * often malformed JSON, so the URL is found in the body's text, not in a parsed tree.
 */
final class QueryNameRule implements Rule {

    private static final String RESOURCE = "requestableShifts?";

    @Override
    public String id() {
        return "WFI-URL-QUERY";
    }

    @Override
    public Kind kind() {
        return Kind.URL;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        Set<String> allowed = allowedNames(page);
        if (allowed.isEmpty()) {
            return;
        }
        for (DocumentedExample example : page.examples()) {
            if (example.role() != DocumentedExample.Role.REQUEST || example.body().isEmpty()) {
                continue;
            }
            List<String> lines = example.body().get().lines();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int at = line.indexOf(RESOURCE);
                if (at < 0) {
                    continue;
                }
                int start = at + RESOURCE.length();
                int end = start;
                while (end < line.length() && "\"\u201c\u201d \t,".indexOf(line.charAt(end)) < 0) {
                    end++;
                }
                int column = start;
                for (String pair : line.substring(start, end).split("&")) {
                    String name = pair.split("=", 2)[0];
                    if (!name.isEmpty() && !allowed.contains(name)) {
                        findings.add(this, Severity.ERROR, example, example.body().get().firstLine() + i, column + 1,
                                "query parameter '" + name + "' is not one the contract names for requestableShifts ("
                                        + String.join(", ", allowed) + ")");
                    }
                    column += pair.length() + 1;
                }
            }
        }
    }

    private static Set<String> allowedNames(PageContext page) {
        Schema<?> item = page.contract().openApi().getComponents().getSchemas().get("wfmRequestItem");
        Object example = item == null || item.getProperties() == null || item.getProperties().get("url") == null
                ? null : item.getProperties().get("url").getExample();
        String url = example == null ? "" : example.toString();
        int at = url.indexOf(RESOURCE);
        Set<String> names = new LinkedHashSet<>();
        if (at >= 0) {
            for (String pair : url.substring(at + RESOURCE.length()).split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
        }
        return names;
    }
}
