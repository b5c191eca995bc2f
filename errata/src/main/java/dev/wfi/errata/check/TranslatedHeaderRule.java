package dev.wfi.errata.check;

import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.errata.extract.DocTable;
import dev.wfi.report.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request-headers table whose header name or auth scheme was translated: HTTP header names and the {@code Bearer}
 * scheme are sent as written, in every language. Which header a translated row stands for follows from its value
 * cell ({@code {token}}, {@code application/json}, a Prefer preference), not from the translation.
 */
final class TranslatedHeaderRule implements Rule {

    /** RFC 9110 field-name token. */
    private static final Pattern TOKEN = Pattern.compile("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$");
    /** The word before {token}: the auth scheme as the page writes it. */
    private static final Pattern SCHEME = Pattern.compile("(\\S+)\\s*\\{token\\}");

    @Override
    public String id() {
        return "WFI-TRANSLATED-HEADER";
    }

    @Override
    public Kind kind() {
        return Kind.TRANSLATION;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocTable table : page.page().tables(DocTable.Type.HEADERS)) {
            for (DocTable.Row row : table.rows()) {
                check(page, findings, row);
            }
        }
    }

    /** One finding per row: its name and its scheme are translated by one cause, the row's translation. */
    private void check(PageContext page, Findings findings, DocTable.Row row) {
        String name = nameOf(row.cell(0).text());
        String value = row.cell(1).text();
        String line = page.line(row.line());
        List<String> problems = new ArrayList<>();
        Edit nameEdit = null;
        Edit schemeEdit = null;
        String header = name;
        if (!name.isEmpty() && !TOKEN.matcher(name).matches()) {
            Optional<String> english = TOKEN.matcher(row.cell(0).english()).matches()
                    ? Optional.of(row.cell(0).english()) : headerFor(value + " " + row.cell(1).english());
            int at = line.indexOf(name);
            problems.add("header name '" + name + "' is translated" + english.map(e -> " (it is '" + e + "')").orElse(""));
            nameEdit = english.isPresent() && at >= 0 ? new Edit(at, at + name.length(), english.get()) : null;
            header = english.orElse("");
        }
        if (value.contains("{token}") && !value.contains("Bearer {token}")) {
            // matched only here: on a long cell without a token the pattern's backtracking was a hundredth of the run
            Matcher scheme = SCHEME.matcher(value);
            boolean schemed = scheme.find();
            // "持有者 {token}": a word before the token; "{token} de portador": the scheme written after it
            String written = schemed ? scheme.group(1) : value.strip().split("[.。]", 2)[0];
            int at = line.indexOf(written);
            problems.add("the auth scheme in '" + (schemed ? written + " {token}" : written) + "' is not 'Bearer'");
            schemeEdit = at < 0 ? null : schemed ? new Edit(at, at + written.length(), "Bearer")
                    : new Edit(at, at + written.length(), "Bearer {token}");
        }
        int open = value.indexOf('{');
        int close = open < 0 ? -1 : value.indexOf('}', open);
        if (header.equalsIgnoreCase("Authorization") && !value.contains("{token}") && close > open + 1) {
            // "ベアラー {トークン}": the token placeholder translated too; the value up to it is the scheme and the token
            String written = value.substring(0, close + 1).strip();
            int at = line.indexOf(written);
            problems.add("the value '" + written + "' is not 'Bearer {token}'");
            schemeEdit = at < 0 ? null : new Edit(at, at + written.length(), "Bearer {token}");
        }
        if (problems.isEmpty()) {
            return;
        }
        Fix fix = fix(row.line(), line, problems.size() == 2 && (nameEdit == null || schemeEdit == null) ? null : nameEdit,
                problems.size() == 2 && (nameEdit == null || schemeEdit == null) ? null : schemeEdit);
        int column = (nameEdit != null ? nameEdit.start() : schemeEdit != null ? schemeEdit.start() : 0) + 1;
        findings.add(this, Severity.ERROR, row.line(), column, String.join("; ", problems)
                + ": HTTP sends header names and 'Authorization: Bearer {token}' as written, in every language", fix);
    }

    /** A replacement of columns {@code [start, end)} (0-based) of a line. */
    private record Edit(int start, int end, String replacement) {
    }

    /** One fix for the row: its name, its scheme, or the span from one to the other with what lies between kept. */
    private static Fix fix(int lineNumber, String line, Edit name, Edit scheme) {
        if (name != null && scheme != null && name.end() <= scheme.start()) {
            return Fix.replace(lineNumber, name.start() + 1, scheme.end() - name.start(),
                    name.replacement() + line.substring(name.end(), scheme.start()) + scheme.replacement());
        }
        Edit one = name != null ? name : scheme;
        return one == null ? null : Fix.replace(lineNumber, one.start() + 1, one.end() - one.start(), one.replacement());
    }

    /** The cell's header name, without a note after it ("MS-APP-ACTS-AS (deprecated)"). */
    private static String nameOf(String cell) {
        int note = cell.indexOf(" (");
        return (note > 0 ? cell.substring(0, note) : cell).strip();
    }

    /** The header a translated row stands for, from what its value cell says. */
    private static Optional<String> headerFor(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.contains("{token}") || v.contains("bearer")) {
            return Optional.of("Authorization");
        }
        if (v.contains("application/json")) {
            return Optional.of("Content-Type");
        }
        if (v.contains("include-unknown-enum-members") || v.contains("return=") || v.contains("odata.maxpagesize")) {
            return Optional.of("Prefer");
        }
        return Optional.empty();
    }
}
