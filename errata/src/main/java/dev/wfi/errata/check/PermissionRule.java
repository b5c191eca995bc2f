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
        for (DocTable table : page.page().tables(DocTable.Type.PERMISSIONS)) {
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
        // what a reader sees and copies: the cell as written, not the English original a translated page keeps beside it
        String visible = visibleText(row);
        List<String> scopes = scopes(visible);
        String line = page.line(row.line());
        String cell = row.cell(1).text();
        int column = Math.max(line.indexOf(cell), 0) + 1;
        // the contract's scopes replace the cell only where one cell holds them all (no least/higher split)
        Fix fix = !oneAnswer || any.isEmpty() || cell.isEmpty() || line.indexOf(cell) < 0 || row.cells().size() != 2 ? null
                : Fix.replace(row.line(), column, cell.length(), String.join(", ", inPageOrder(any, row)));
        String grants = any.isEmpty() ? "the contract grants " + subject + " no " + type.scheme + " access"
                : "the contract grants " + subject + " " + type.scheme + " access with " + String.join(", ", any);
        if (visible.contains("TODO") || statedText(row).contains("TODO")) {
            findings.add(this, Severity.ERROR, row.line(), column, label + ": the cell is an unfinished TODO; " + grants, fix);
        } else if (scopes.isEmpty() && garbled(visible, any)) {
            // a translation broke the names ("Schedule. Read. All", "Запланируйте. ReadWrite. ALL"): no reader can copy them
            findings.add(this, Severity.ERROR, row.line(), column, label + ": scope names are broken in '" + cell + "'; "
                    + grants, fix);
        } else if (scopes.isEmpty() && allGrant) {
            findings.add(this, Severity.ERROR, row.line(), column, label + ": the page says this permission type is not"
                    + " supported ('" + cell + "'), but " + grants, fix);
        } else if (!scopes.isEmpty()) {
            List<String> unknown = scopes.stream().filter(s -> !any.contains(s)).distinct().toList();
            List<String> missing = any.stream().filter(s -> !scopes.contains(s)).toList();
            if (!unknown.isEmpty()) {
                String names = String.join(", ", unknown.stream().map(s -> "'" + s + "'").toList());
                findings.add(this, Severity.ERROR, row.line(), Math.max(line.indexOf(unknown.get(0)), 0) + 1,
                        label + ": " + names + (unknown.size() == 1 ? " does" : " do") + " not grant this operation; " + grants, fix);
            } else if (oneAnswer && !missing.isEmpty()) {
                findings.add(this, Severity.WARNING, row.line(), column, label + ": the row leaves out "
                        + String.join(", ", missing) + ", which " + (missing.size() == 1 ? "grants" : "grant") + " it too; "
                        + grants, fix);
            }
        }
    }

    /** A cell with no scope in it that still shows the pieces of one: a name of the contract's scopes, or their tails. */
    private static boolean garbled(String visible, List<String> granted) {
        String mended = mended(visible).toLowerCase(java.util.Locale.ROOT);
        return granted.stream().anyMatch(scope -> {
            String lower = scope.toLowerCase(java.util.Locale.ROOT);
            return mended.contains(lower.substring(lower.indexOf('.'))) || mended.contains(lower.substring(0, lower.indexOf('.')));
        });
    }

    /** The scope cells as the page shows them (the translation, where a page keeps the English original beside it). */
    static String visibleText(DocTable.Row row) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i < row.cells().size(); i++) {
            s.append(row.cell(i).text()).append(' ');
        }
        return s.toString();
    }

    /**
     * The scopes in the order the cell names them when it names them all, its English original included (a broken
     * translation keeps the page's order, least privileged first); else in the contract's order.
     */
    private static List<String> inPageOrder(List<String> scopes, DocTable.Row row) {
        String cell = mended(row.cell(1).text()).toLowerCase(java.util.Locale.ROOT);
        List<Integer> at = scopes.stream().map(scope -> cell.indexOf(scope.toLowerCase(java.util.Locale.ROOT))).toList();
        if (at.contains(-1)) {
            return scopes;
        }
        return scopes.stream().sorted(java.util.Comparator.comparingInt(scope -> at.get(scopes.indexOf(scope)))).toList();
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
