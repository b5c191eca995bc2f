package dev.wfi.errata.check;

import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.contract.PropertyInfo;
import dev.wfi.errata.extract.DocTable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Optional;

/** "Possible values" in a property table that are not members of the property's enum, or are miscased. */
final class TableEnumValueRule implements Rule {

    private static final List<String> MARKERS = List.of("ossible values are", "可能的值为");

    @Override
    public String id() {
        return "WFI-TABLE-ENUM-VALUE";
    }

    @Override
    public Kind kind() {
        return Kind.ENUM;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocTable table : page.page().tables(DocTable.Type.PROPERTIES)) {
            Optional<String> schema = page.tableSchema(table);
            List<PropertyTables.RowName> names = schema.isPresent() ? page.tableRows(table) : List.of();
            for (int i = 0; i < names.size(); i++) {
                DocTable.Row row = table.rows().get(i);
                Optional<String> enumSchema = names.get(i).property()
                        .flatMap(name -> page.contract().property(schema.get(), "/" + name))
                        .flatMap(PropertyInfo::enumSchema);
                if (enumSchema.isEmpty()) {
                    continue;
                }
                List<String> members = page.contract().isFlagEnum(enumSchema.get())
                        ? page.contract().flagMembers(enumSchema.get())
                        : page.contract().openApi().getComponents().getSchemas().get(enumSchema.get()).getEnum()
                                .stream().map(String::valueOf).toList();
                List<String> listed = possibleValues(row.cell(2));
                // a cell whose lead-in is not read (another language) still names members in code spans: one cased
                // otherwise than the API is misspelled wherever it stands
                List<String> values = !listed.isEmpty() ? listed : row.cell(2).codes().stream()
                        .filter(code -> !members.contains(code) && members.stream().anyMatch(code::equalsIgnoreCase))
                        .distinct().toList();
                for (String value : values) {
                    if (members.contains(value)) {
                        continue;
                    }
                    Optional<String> spelled = members.stream().filter(m -> m.equalsIgnoreCase(value)).findFirst();
                    String message = spelled.map(m -> "possible value '" + value + "' is spelled '" + m + "' in the API")
                            .orElse("possible value '" + value + "' is not a member of " + enumSchema.get()
                                    + "; members: " + String.join(", ", members));
                    List<Fix.Span> places = find(page, row.line(), value);
                    Fix.Span first = places.isEmpty() ? null : places.get(0);
                    // a translated page keeps the English sentence beside its translation: the value is fixed in both
                    findings.add(this, Severity.ERROR, first == null ? row.line() : first.line(), first == null ? 1 : first.column(),
                            message, first == null ? null : spelled.map(m -> Fix.replace(first.line(), first.column(), value.length(), m)
                                    .alsoAt(places.subList(1, places.size()))).orElse(null));
                }
            }
        }
    }

    /** Compiled once: every row of every property table is read for possible values. */
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s,:、]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.。]+$");

    /** The values listed after "Possible values are", as code spans where the page has them, else as words. */
    static List<String> possibleValues(DocTable.Cell description) {
        String text = description.english();
        int start = -1;
        for (String marker : MARKERS) {
            int at = text.indexOf(marker);
            if (at >= 0) {
                start = at + marker.length();
                break;
            }
        }
        if (start < 0) {
            return List.of();
        }
        String rest = text.substring(start);
        if (!description.codes().isEmpty()) {
            // the list is the sentence after the lead-in: code spans in later sentences name other things
            String list = rest.substring(0, listEnd(rest));
            return description.codes().stream().filter(list::contains).toList();
        }
        List<String> out = new ArrayList<>();
        for (String word : WORD_SEPARATORS.split(rest)) {
            String w = word.strip();
            boolean endsSentence = w.endsWith(".") || w.endsWith("。");
            w = SENTENCE_END.matcher(w).replaceAll("");
            if (PropertyTables.isIdentifier(w)) {
                out.add(w);
            }
            if (endsSentence || word.equals("。")) {
                break;
            }
        }
        return out;
    }

    /** Where the sentence that lists the values ends: at a full stop followed by a space, or the text's end. */
    private static int listEnd(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if ((c == '.' || c == '。') && (i + 1 == rest.length() || Character.isWhitespace(rest.charAt(i + 1)) || c == '。')) {
                return i;
            }
        }
        return rest.length();
    }

    /** Every place the value stands as a word on the row's line or the lines a render wrapped it onto. */
    private static List<Fix.Span> find(PageContext page, int line, String value) {
        List<Fix.Span> places = new ArrayList<>();
        for (int l = line; l < line + 4 && places.isEmpty(); l++) {
            String text = page.line(l);
            for (int at = indexOfWord(text, value, 0); at >= 0; at = indexOfWord(text, value, at + value.length())) {
                places.add(new Fix.Span(l, at + 1, l, at + 1 + value.length()));
            }
        }
        return places;
    }

    private static int indexOfWord(String text, String word, int start) {
        int from = start;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return -1;
            }
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            from = at + 1;
        }
    }
}
