package dev.wfi.errata.check;

import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.errata.extract.DocumentedExample;
import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
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
        if (!page.coversPage()) {
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
                String query = line.substring(start, end);
                List<String> names = new ArrayList<>();
                for (String pair : query.split("&")) {
                    names.add(pair.split("=", 2)[0]);
                }
                List<String> wrong = names.stream().filter(n -> !n.isEmpty() && !allowed.contains(n)).toList();
                if (wrong.isEmpty()) {
                    continue;
                }
                // one finding per line: the writer fixes the query string once
                Map<String, String> renames = renames(wrong, names, allowed);
                Fix fix = null;
                if (renames.size() == wrong.size()) {
                    StringBuilder fixed = new StringBuilder();
                    for (String pair : query.split("&", -1)) {
                        String[] parts = pair.split("=", 2);
                        fixed.append(fixed.length() > 0 ? "&" : "").append(renames.getOrDefault(parts[0], parts[0]))
                                .append(parts.length > 1 ? "=" + parts[1] : "");
                    }
                    fix = Fix.replace(example.body().get().firstLine() + i, start + 1, query.length(), fixed.toString());
                }
                String quoted = String.join(", ", wrong.stream().map(n -> "'" + n + "'").toList());
                String instead = renames.isEmpty() ? "" : "; write " + String.join(", ", renames.entrySet().stream()
                        .map(e -> e.getValue() + " for " + e.getKey()).toList());
                findings.add(this, Severity.ERROR, example, example.body().get().firstLine() + i, start + 1,
                        "query parameter" + (wrong.size() == 1 ? " " + quoted + " is not one" : "s " + quoted + " are not ones")
                                + " the contract names for requestableShifts (" + String.join(", ", allowed) + ")" + instead, fix);
            }
        }
    }

    /** The allowed name each wrong one stands for: the unused allowed name sharing the longest prefix (three or more). */
    private static Map<String, String> renames(List<String> wrong, List<String> present, Set<String> allowed) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> free = new LinkedHashSet<>(allowed);
        free.removeAll(present);
        for (String name : wrong) {
            String best = null;
            int bestLength = 2;
            for (String candidate : free) {
                int common = 0;
                while (common < Math.min(name.length(), candidate.length())
                        && Character.toLowerCase(name.charAt(common)) == Character.toLowerCase(candidate.charAt(common))) {
                    common++;
                }
                if (common > bestLength) {
                    best = candidate;
                    bestLength = common;
                }
            }
            if (best != null) {
                out.put(name, best);
                free.remove(best);
            }
        }
        return out;
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
