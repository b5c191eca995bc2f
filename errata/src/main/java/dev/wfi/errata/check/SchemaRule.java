package dev.wfi.errata.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.errata.extract.JsonLocation;
import dev.wfi.report.Severity;
import dev.wfi.contract.SchemaViolation;
import dev.wfi.errata.extract.DocumentedExample;

import java.util.Set;

/**
 * Schema violations of one family (the keywords given), found by validating each body against the
 * schema the contract derives for it. Placeholders are left to {@link PlaceholderRule}; "required" is
 * not asked of PATCH bodies or of responses the docs mark as truncated.
 */
final class SchemaRule implements Rule {

    private final String id;
    private final Kind kind;
    private final Set<String> keywords;

    /** @param keywords the JSON Schema keywords this rule reports; empty means every keyword no other rule takes */
    SchemaRule(String id, Kind kind, Set<String> keywords) {
        this.id = id;
        this.kind = kind;
        this.keywords = keywords;
    }

    static final Set<String> CLAIMED = Set.of("enum", "type", "required", "additionalProperties");
    /** What a JSON representation block can be wrong about: the names it lists, not the type names it shows as values. */
    private static final Set<String> STRUCTURAL = Set.of("additionalProperties");

    @Override
    public String id() {
        return id;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocumentedExample example : page.coveredExamples()) {
            ExampleTarget target = page.target(example);
            JsonNode json = example.json().orElse(null);
            if (json == null) {
                continue;
            }
            for (SchemaViolation v : target.violations()) {
                if (!mine(v.keyword()) || Placeholders.isPlaceholder(json.at(v.pointer()))
                        || example.isRepresentation() && !STRUCTURAL.contains(v.keyword())) {
                    continue;
                }
                if (v.keyword().equals("required")
                        && (example.truncated() || "PATCH".equals(example.request().orElse(example).methodUpper()))) {
                    continue;
                }
                String schema = target.schemaAt(v.pointer()).orElse("?");
                JsonLocation at = example.body().get().locate(v.pointer());
                Fix fix = v.meant() == null ? null
                        : Fix.replace(at.line(), at.column(), JsonWalk.name(v.pointer()).length() + 2, "\"" + v.meant() + "\"");
                findings.add(this, Severity.ERROR, example, at, v.pointer(), v.message() + " (schema " + schema + ")", fix);
            }
        }
    }

    private boolean mine(String keyword) {
        return keywords.isEmpty() ? !CLAIMED.contains(keyword) : keywords.contains(keyword);
    }
}
