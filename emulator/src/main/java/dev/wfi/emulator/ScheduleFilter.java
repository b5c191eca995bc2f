package dev.wfi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wfi.contract.Contract;
import dev.wfi.contract.PropertyInfo;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The part of OData's {@code $filter} that the Shifts list pages document: comparisons of a property with a literal,
 * joined by {@code and}, such as {@code sharedShift/startDateTime ge 2019-03-11T00:00:00.000Z and
 * sharedShift/endDateTime le 2019-03-18T00:00:00.000Z} or {@code state eq 'clockedIn'}. Which properties a collection
 * may compare is data ({@link ScheduleCollection#filterable()}); their types come from the contract. Anything else
 * ({@code or}, {@code not}, functions, parentheses, other properties) is refused with a 400 that says what is served,
 * never ignored: a connector that believes it synced a week must not get the whole schedule.
 *
 * <p>Comparisons follow OData: date-times as instants, strings by their characters; a property that is null or
 * absent compares false, except {@code eq null} and {@code ne null}.
 */
final class ScheduleFilter {
    private static final Set<String> OPERATORS = Set.of("eq", "ne", "gt", "ge", "lt", "le");

    private enum Type { DATE_TIME, STRING, BOOLEAN }

    private record Comparison(String path, String operator, Type type, JsonNode literal) {
    }

    private ScheduleFilter() {
    }

    /**
     * The items {@code filter} keeps; every item when it is null.
     *
     * @throws GraphError 400 naming what is not served
     */
    static Predicate<JsonNode> parse(String filter, ScheduleCollection collection, Contract contract) {
        if (filter == null) {
            return item -> true;
        }
        if (collection.filterable().isEmpty()) {
            throw refused("$filter is not served on " + collection.path() + ".");
        }
        List<String> tokens = tokens(filter);
        List<Comparison> comparisons = new ArrayList<>();
        int at = 0;
        while (true) {
            if (tokens.size() < at + 3) {
                throw refused("$filter: expected 'property operator value' (" + String.join(", ", OPERATORS.stream().sorted().toList())
                        + "), joined by 'and'; found '" + filter.strip() + "'.");
            }
            comparisons.add(comparison(tokens.get(at), tokens.get(at + 1), tokens.get(at + 2), collection, contract));
            at += 3;
            if (at == tokens.size()) {
                break;
            }
            if (!tokens.get(at).equals("and")) {
                throw refused("$filter: '" + tokens.get(at) + "' is not served; comparisons are joined by 'and' only.");
            }
            at++;
        }
        return item -> comparisons.stream().allMatch(comparison -> holds(comparison, item));
    }

    private static Comparison comparison(String path, String operator, String literal, ScheduleCollection collection,
            Contract contract) {
        if (!collection.filterable().contains(path)) {
            throw refused("$filter: '" + path + "' cannot be filtered on " + collection.path() + "; the properties served are "
                    + String.join(", ", collection.filterable()) + ".");
        }
        if (!OPERATORS.contains(operator)) {
            throw refused("$filter: '" + operator + "' is not a comparison; use one of " + String.join(", ",
                    OPERATORS.stream().sorted().toList()) + ".");
        }
        PropertyInfo property = contract.property(collection.schema(), "/" + path).orElseThrow(() ->
                new IllegalStateException(collection + " filters on " + path + ", which its schema does not declare"));
        Type type = "date-time".equals(property.format()) ? Type.DATE_TIME : "boolean".equals(property.type()) ? Type.BOOLEAN : Type.STRING;
        return new Comparison(path, operator, type, literal(literal, type, path));
    }

    private static JsonNode literal(String text, Type type, String path) {
        if (text.equals("null")) {
            return Json.MAPPER.nullNode();
        }
        switch (type) {
            case DATE_TIME -> {
                try {
                    OffsetDateTime.parse(text);
                    return Json.MAPPER.getNodeFactory().textNode(text);
                } catch (DateTimeParseException e) {
                    throw refused("$filter: " + path + " is a date-time; '" + text + "' is not one (write 2019-03-11T00:00:00Z, unquoted).");
                }
            }
            case BOOLEAN -> {
                if (text.equals("true") || text.equals("false")) {
                    return Json.MAPPER.getNodeFactory().booleanNode(Boolean.parseBoolean(text));
                }
                throw refused("$filter: " + path + " is a boolean; '" + text + "' is not one.");
            }
            default -> {
                if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
                    return Json.MAPPER.getNodeFactory().textNode(text.substring(1, text.length() - 1).replace("''", "'"));
                }
                throw refused("$filter: " + path + " is a string; quote the value ('" + text + "').");
            }
        }
    }

    private static boolean holds(Comparison comparison, JsonNode item) {
        JsonNode value = item.at("/" + comparison.path());
        boolean absent = value.isMissingNode() || value.isNull();
        if (comparison.literal().isNull() || absent) {
            boolean same = absent == comparison.literal().isNull();
            return comparison.operator().equals("eq") ? same : comparison.operator().equals("ne") && !same;
        }
        int order = switch (comparison.type()) {
            case DATE_TIME -> OffsetDateTime.parse(value.asText()).toInstant()
                    .compareTo(OffsetDateTime.parse(comparison.literal().asText()).toInstant());
            case BOOLEAN -> Boolean.compare(value.asBoolean(), comparison.literal().asBoolean());
            case STRING -> value.asText().compareTo(comparison.literal().asText());
        };
        return switch (comparison.operator()) {
            case "eq" -> order == 0;
            case "ne" -> order != 0;
            case "gt" -> order > 0;
            case "ge" -> order >= 0;
            case "lt" -> order < 0;
            default -> order <= 0;
        };
    }

    /** Words separated by spaces; a quoted string ('' for a quote inside) is one word. Parentheses are refused. */
    private static List<String> tokens(String filter) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < filter.length()) {
            char c = filter.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                int end = i + 1;
                while (end < filter.length() && (filter.charAt(end) != '\'' || end + 1 < filter.length() && filter.charAt(end + 1) == '\'')) {
                    end += filter.charAt(end) == '\'' ? 2 : 1;
                }
                if (end >= filter.length()) {
                    throw refused("$filter: a string is not closed (" + filter.substring(i) + ").");
                }
                tokens.add(filter.substring(i, end + 1));
                i = end + 1;
            } else if (c == '(' || c == ')') {
                throw refused("$filter: parentheses and functions are not served; compare properties with values, joined by 'and'.");
            } else {
                int end = i;
                while (end < filter.length() && !Character.isWhitespace(filter.charAt(end)) && "()'".indexOf(filter.charAt(end)) < 0) {
                    end++;
                }
                String word = filter.substring(i, end);
                tokens.add(OPERATORS.contains(word.toLowerCase(Locale.ROOT)) || word.equalsIgnoreCase("and")
                        ? word.toLowerCase(Locale.ROOT) : word);
                i = end;
            }
        }
        return tokens;
    }

    private static GraphError refused(String message) {
        return GraphError.badRequest(message, "$filter");
    }
}
