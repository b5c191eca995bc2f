package dev.wfi.errata.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the start lines and header lines of HTTP messages as the docs write them. */
final class HttpText {

    private static final Pattern REQUEST_LINE =
            Pattern.compile("^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\\s+(\\S+)(?:\\s+HTTP/\\d(?:\\.\\d)?)?\\s*$");
    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/\\d(?:\\.\\d)?\\s+(\\d{3})\\b.*$");
    /** A status as prose writes it in a code span: "201 Created", "204 No Content", "200". */
    private static final Pattern STATUS = Pattern.compile("^([1-5]\\d{2})(?: [A-Za-z][A-Za-z -]*)?$");
    /** RFC 9110 field-name token, a colon, a value. */
    private static final Pattern HEADER_LINE = Pattern.compile("^([!#$%&'*+.^_`|~0-9A-Za-z-]+):\\s*(.*?)\\s*$");

    private HttpText() {
    }

    record RequestLine(String method, String url) {
    }

    static Optional<RequestLine> requestLine(String line) {
        if (!startsUpperCase(line)) {
            return Optional.empty(); // most lines are prose: skip the regex (readers ask this of every line)
        }
        Matcher m = REQUEST_LINE.matcher(line.strip());
        return m.matches() ? Optional.of(new RequestLine(m.group(1), m.group(2))) : Optional.empty();
    }

    static Optional<Integer> statusLine(String line) {
        if (!startsUpperCase(line)) {
            return Optional.empty();
        }
        Matcher m = STATUS_LINE.matcher(line.strip());
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The status a code span states ("201 Created" is 201), or 0 when it states none. */
    static int statusCode(String code) {
        Matcher m = STATUS.matcher(code);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    static Optional<Header> header(String line, int lineNumber) {
        Matcher m = HEADER_LINE.matcher(line);
        return m.matches() ? Optional.of(new Header(m.group(1), m.group(2), lineNumber)) : Optional.empty();
    }

    private static boolean startsUpperCase(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c >= 'A' && c <= 'Z';
            }
        }
        return false;
    }

    /** A line that can start a JSON body: its first visible character opens an object or array. */
    static boolean opensJson(String line) {
        String s = line.stripLeading();
        return s.startsWith("{") || s.startsWith("[");
    }
}
