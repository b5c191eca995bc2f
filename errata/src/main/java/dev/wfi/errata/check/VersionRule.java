package dev.wfi.errata.check;

import dev.wfi.contract.PropertyInfo;
import dev.wfi.errata.Kind;
import dev.wfi.errata.extract.DocTable;
import dev.wfi.errata.extract.DocumentedExample;
import dev.wfi.report.Severity;

import java.util.List;
import java.util.Optional;

/**
 * A property the page's Graph version does not have: a v1.0 page showing a beta-only property, or the reverse. The
 * page's version comes from its path ({@code api-reference/v1.0/...}), else from its Graph request URLs; the
 * contract's {@code x-wfi-availability} says which versions have each property.
 */
final class VersionRule implements Rule {

    private static final List<String> VERSIONS = List.of("v1.0", "beta");

    @Override
    public String id() {
        return "WFI-VERSION-PROPERTY";
    }

    @Override
    public Kind kind() {
        return Kind.SCHEMA;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        Optional<String> version = version(page);
        if (version.isEmpty()) {
            return;
        }
        page.eachDeclaredValue(target -> true, (example, pointer, value, declared) -> {
            if (lacks(declared, version.get())) {
                findings.add(this, Severity.ERROR, example, example.body().get().locate(pointer), pointer,
                        message(JsonWalk.name(pointer), declared, version.get()));
            }
        });
        for (DocTable table : page.page().tables()) {
            Optional<String> schema = table.type() == DocTable.Type.PROPERTIES ? page.tableSchema(table) : Optional.empty();
            if (schema.isEmpty()) {
                continue;
            }
            List<PropertyTables.RowName> names = page.tableRows(table);
            for (int i = 0; i < names.size(); i++) {
                DocTable.Row row = table.rows().get(i);
                names.get(i).property().flatMap(name -> page.contract().property(schema.get(), "/" + name))
                        .filter(declared -> lacks(declared, version.get()))
                        .ifPresent(declared -> findings.add(this, Severity.ERROR, row.line(),
                                page.line(row.line()).indexOf(row.cell(0).text()) + 1, message(declared.name(), declared, version.get())));
            }
        }
    }

    private static boolean lacks(PropertyInfo declared, String version) {
        List<String> versions = declared.availability().stream().filter(VERSIONS::contains).toList();
        return !versions.isEmpty() && !versions.contains(version);
    }

    private static String message(String name, PropertyInfo declared, String version) {
        List<String> versions = declared.availability().stream().filter(VERSIONS::contains).toList();
        return "'" + name + "' exists only in " + String.join(" and ", versions) + "; this is a " + version
                + " page, whose readers get an error or nothing for it";
    }

    /** The page's Graph version: its path's version folder, else the version of its Graph request URLs. */
    static Optional<String> version(PageContext page) {
        String path = "/" + page.page().page().path().replace('\\', '/');
        for (String v : VERSIONS) {
            if (path.contains("/" + v + "/")) {
                return Optional.of(v);
            }
        }
        List<String> used = page.examples().stream().filter(e -> e.role() == DocumentedExample.Role.REQUEST)
                .map(DocumentedExample::url).filter(u -> u.startsWith("https://graph.microsoft.com/"))
                .map(u -> u.substring("https://graph.microsoft.com/".length()).split("/", 2)[0])
                .filter(VERSIONS::contains).distinct().toList();
        return used.size() == 1 ? Optional.of(used.get(0)) : Optional.empty();
    }
}
