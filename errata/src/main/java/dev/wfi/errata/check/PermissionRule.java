package dev.wfi.errata.check;

import dev.wfi.contract.OperationMatch;
import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.errata.extract.DocTable;
import dev.wfi.report.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A permissions table against the scopes the contract grants the operation the page documents, one finding per
 * row: an unfinished "TODO" cell, a permission type said to be unsupported (in whatever language) that the contract
 * grants, or scopes that do not grant it. Rows are told apart by their place in Graph's fixed three-row table
 * (delegated work or school, delegated personal, application), so the table's language does not matter.
 */
final class PermissionRule implements Rule {

    private static final Pattern SCOPE = Pattern.compile("\\b[A-Z][A-Za-z]+\\.[A-Z][A-Za-z]+(?:\\.[A-Z][A-Za-z]+)?\\b");

    enum PermissionType {
        DELEGATED_WORK("delegated"), DELEGATED_PERSONAL(null), APPLICATION("application");

        /** The contract's security scheme for this row; none for personal accounts, which Shifts does not take. */
        final String scheme;

        PermissionType(String scheme) {
            this.scheme = scheme;
        }
    }

    @Override
    public String id() {
        return "WFI-PERMISSION";
    }

    @Override
    public Kind kind() {
        return Kind.PERMISSION;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        List<OperationMatch> candidates = page.candidateOperations().stream().filter(o -> "graph".equals(o.side())).toList();
        if (candidates.isEmpty()) {
            return;
        }
        for (DocTable table : page.page().tables()) {
            if (table.type() != DocTable.Type.PERMISSIONS) {
                continue;
            }
            for (int i = 0; i < table.rows().size(); i++) {
                PermissionType type = typeOf(table, i);
                if (type != null && type.scheme != null) {
                    check(page, findings, candidates, table.rows().get(i), type);
                }
            }
        }
    }

    private void check(PageContext page, Findings findings, List<OperationMatch> candidates, DocTable.Row row,
                       PermissionType type) {
        // what every candidate grants, and what any grants: a row is wrong only if it is wrong for every operation the page may document
        List<String> any = candidates.stream().flatMap(o -> o.grants().getOrDefault(type.scheme, List.of()).stream())
                .distinct().toList();
        boolean allGrant = candidates.stream().allMatch(o -> !o.grants().getOrDefault(type.scheme, List.of()).isEmpty());
        boolean oneAnswer = candidates.stream().map(o -> o.grants().getOrDefault(type.scheme, List.of())).distinct().count() == 1;
        String subject = candidates.size() == 1 ? candidates.get(0).operationId()
                : "every operation of " + String.join(", ", candidates.stream().map(OperationMatch::operationId).toList());
        String label = row.cell(0).english();
        String stated = statedText(row);
        List<String> scopes = scopes(stated);
        String line = page.line(row.line());
        String cell = row.cell(1).text();
        int column = Math.max(line.indexOf(cell), 0) + 1;
        Fix fix = !oneAnswer || any.isEmpty() || cell.isEmpty() || line.indexOf(cell) < 0 ? null
                : Fix.replace(row.line(), column, cell.length(), String.join(", ", any));
        String grants = any.isEmpty() ? "the contract grants " + subject + " no " + type.scheme + " access"
                : "the contract grants " + subject + " " + type.scheme + " access with " + String.join(", ", any);
        List<String> repaired = scopes.isEmpty() ? scopes(mended(stated)) : List.of();
        boolean garbled = scopes.isEmpty() && (!repaired.isEmpty() || any.stream()
                .map(scope -> scope.substring(0, scope.indexOf('.'))).anyMatch(stated::contains));
        if (stated.contains("TODO")) {
            findings.add(this, Severity.ERROR, row.line(), column, label + ": the cell is an unfinished TODO; " + grants, fix);
        } else if (!repaired.isEmpty()) {
            // a translation broke the names apart ("Schedule. Read. All"): the scopes are there, written so no one can copy them
            List<String> unknown = repaired.stream().filter(scope -> !any.contains(scope)).distinct().toList();
            Fix mend = cell.isEmpty() || line.indexOf(cell) < 0 ? null : Fix.replace(row.line(), column, cell.length(),
                    String.join(", ", scopes(mended(cell))));
            findings.add(this, Severity.ERROR, row.line(), column, label + ": scope names are broken in '" + cell + "': write "
                    + String.join(", ", scopes(mended(cell))) + (unknown.isEmpty() ? ""
                    : "; and " + String.join(", ", unknown) + " do not grant this operation: " + grants), mend);
        } else if (garbled) {
            findings.add(this, Severity.ERROR, row.line(), column, label + ": '" + cell + "' names no scope a reader can"
                    + " copy; " + grants, fix);
        } else if (scopes.isEmpty() && allGrant) {
            findings.add(this, Severity.ERROR, row.line(), column, label + ": the page says '" + cell
                    + "' (not supported) but " + grants, fix);
        } else if (!scopes.isEmpty()) {
            List<String> unknown = scopes.stream().filter(s -> !any.contains(s)).distinct().toList();
            if (!unknown.isEmpty()) {
                String names = String.join(", ", unknown.stream().map(s -> "'" + s + "'").toList());
                findings.add(this, Severity.ERROR, row.line(), Math.max(line.indexOf(unknown.get(0)), 0) + 1,
                        label + ": " + names + (unknown.size() == 1 ? " does" : " do") + " not grant this operation; " + grants);
            }
        }
    }

    /** The text with the breaks a translation puts into scope names mended: "Schedule. Read. All" becomes "Schedule.Read.All". */
    static String mended(String text) {
        return text.replace('\u3002', '.').replace('\uff0c', ',').replace('\u3001', ',').replaceAll("\\s*\\.\\s*", ".");
    }

    static String statedText(DocTable.Row row) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i < row.cells().size(); i++) {
            s.append(row.cell(i).english()).append(' ');
        }
        return s.toString();
    }

    static List<String> scopes(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SCOPE.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * The row's permission type: Graph's tables list delegated (work or school), delegated (personal) and application
     * in that order, so a three-row table is read by position; other tables by the English words of the first cell.
     */
    static PermissionType typeOf(DocTable table, int rowIndex) {
        if (table.rows().size() == 3) {
            return PermissionType.values()[rowIndex];
        }
        String s = table.rows().get(rowIndex).cell(0).english().toLowerCase(Locale.ROOT);
        if (s.contains("personal")) {
            return PermissionType.DELEGATED_PERSONAL;
        }
        if (s.contains("delegated")) {
            return PermissionType.DELEGATED_WORK;
        }
        return s.contains("application") ? PermissionType.APPLICATION : null;
    }
}
