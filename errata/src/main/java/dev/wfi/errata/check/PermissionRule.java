package dev.wfi.errata.check;

import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.contract.OperationMatch;
import dev.wfi.errata.extract.DocTable;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Permission tables against the contract's scopes: an unfinished "TODO" cell, a permission type said to be
 * unsupported that the contract grants, or a scope the contract does not know. Names the other pages that
 * agree or disagree, so a writer sees the whole picture.
 */
final class PermissionRule implements Rule {

    private static final Pattern SCOPE = Pattern.compile("\\b[A-Z][A-Za-z]+\\.[A-Z][A-Za-z]+(?:\\.[A-Z][A-Za-z]+)?\\b");

    enum PermissionType { DELEGATED_WORK, DELEGATED_PERSONAL, APPLICATION }

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
        Set<String> granted = grantedScopes(page);
        if (granted.isEmpty()) {
            return;
        }
        for (DocTable table : page.page().tables()) {
            if (table.type() != DocTable.Type.PERMISSIONS) {
                continue;
            }
            for (DocTable.Row row : table.rows()) {
                PermissionType type = typeOf(row.cell(0).english());
                if (type == null || type == PermissionType.DELEGATED_PERSONAL) {
                    continue; // the contract says nothing of personal accounts: Shifts has none
                }
                String stated = statedText(row);
                String label = row.cell(0).english();
                int column = page.line(row.line()).indexOf(row.cell(1).text()) + 1;
                if (stated.contains("TODO")) {
                    findings.add(this, Severity.ERROR, row.line(), column, label + ": the cell is an unfinished TODO;"
                            + " the contract grants " + String.join(", ", granted));
                    continue;
                }
                List<String> scopes = scopes(stated);
                if (scopes.isEmpty()) {
                    findings.add(this, Severity.ERROR, row.line(), column, label + ": the page says '"
                            + row.cell(1).english() + "' but the contract grants " + String.join(", ", granted)
                            + othersSaying(page, type));
                    continue;
                }
                for (String scope : scopes) {
                    if (!granted.contains(scope)) {
                        findings.add(this, Severity.ERROR, row.line(), page.line(row.line()).indexOf(scope) + 1,
                                label + ": '" + scope + "' is not a scope of this API; the contract grants " + String.join(", ", granted));
                    }
                }
            }
        }
    }

    /** Scopes of the page's operation; all Graph operations' when the page shows no request. */
    private static Set<String> grantedScopes(PageContext page) {
        Set<String> out = new LinkedHashSet<>();
        GraphOperations.documentedBy(page.page(), page.contract()).ifPresentOrElse(op -> out.addAll(op.scopes()),
                () -> page.graphOperations().stream().map(OperationMatch::scopes).forEach(out::addAll));
        return out;
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

    static PermissionType typeOf(String cell) {
        String s = cell.toLowerCase(Locale.ROOT);
        if (s.contains("personal") || s.contains("个人")) {
            return PermissionType.DELEGATED_PERSONAL;
        }
        if (s.contains("delegated") || s.contains("委派")) {
            return PermissionType.DELEGATED_WORK;
        }
        if (s.contains("application") || s.contains("应用程序")) {
            return PermissionType.APPLICATION;
        }
        return null;
    }

    /** "; 002_x.txt:17 says WorkforceIntegration.ReadWrite.All" for pages whose same row names scopes. */
    private static String othersSaying(PageContext page, PermissionType type) {
        List<String> others = page.corpus().permissions().stream()
                .filter(p -> p.page() != page.page() && p.type() == type)
                .map(p -> p.page().page().path() + ":" + p.line() + " says " + String.join(", ", p.scopes()))
                .toList();
        return others.isEmpty() ? "" : " (" + String.join("; ", others) + ")";
    }
}
