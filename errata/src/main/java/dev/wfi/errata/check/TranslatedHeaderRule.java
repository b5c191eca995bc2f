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
        for (DocTable table : page.page().tables()) {
            if (table.type() != DocTable.Type.HEADERS) {
                continue;
            }
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
        Fix fix = null;
        int column = 0;
        if (!name.isEmpty() && !TOKEN.matcher(name).matches()) {
            Optional<String> english = TOKEN.matcher(row.cell(0).english()).matches()
                    ? Optional.of(row.cell(0).english()) : headerFor(value + " " + row.cell(1).english());
            int at = line.indexOf(name);
            problems.add("header name '" + name + "' is translated" + english.map(e -> " (it is '" + e + "')").orElse(""));
            fix = english.filter(e -> at >= 0).map(e -> Fix.replace(row.line(), at + 1, name.length(), e)).orElse(null);
            column = at + 1;
        }
        Matcher scheme = SCHEME.matcher(value);
        boolean schemed = scheme.find();
        if (value.contains("{token}") && !value.contains("Bearer {token}")) {
            String written = schemed ? scheme.group(1) : value.strip().split("[.。]", 2)[0];
            int at = line.indexOf(schemed ? written : "{token}");
            problems.add("the auth scheme '" + written + "' is not 'Bearer'");
            if (fix == null && schemed && at >= 0) {
                fix = Fix.replace(row.line(), at + 1, written.length(), "Bearer");
            }
            column = column > 0 ? column : at + 1;
        }
        if (!problems.isEmpty()) {
            findings.add(this, Severity.ERROR, row.line(), Math.max(column, 1), String.join("; ", problems)
                    + ": HTTP sends header names and 'Authorization: Bearer {token}' as written, in every language", fix);
        }
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
