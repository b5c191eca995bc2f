package dev.wfi.speccheck.lint;

import dev.wfi.report.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Every message of swagger-parser, placed at the node it names. The parser says
 * {@code attribute paths.'/a'(get).responses is missing}; that path becomes {@code /paths/~1a/get/responses}
 * and the finding goes to its deepest part present in the file.
 */
final class ParserMessageRule implements LintRule {

    @Override
    public String id() {
        return "WFI-SPEC-PARSER";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String hint() {
        return "fix the document so that swagger-parser reads it without messages";
    }

    @Override
    public void check(SpecDocument spec, Sink sink) {
        for (String message : spec.parserMessages()) {
            sink.report(pointer(spec, message), message);
        }
    }

    static String pointer(SpecDocument spec, String message) {
        // "attribute a.b is missing", or the path first: "paths.'/a/{id}'. Declared path parameter ..."
        int start = message.indexOf("attribute ");
        List<String> segments = segments(start < 0 ? message : message.substring(start + "attribute ".length()));
        String best = "";
        StringBuilder pointer = new StringBuilder();
        for (String segment : segments) {
            pointer.append('/').append(YamlTree.escape(segment));
            if (spec.has(pointer.toString())) {
                best = pointer.toString();
            }
        }
        return best;
    }

    /** {@code paths.'/a.b'(get).responses} to {@code [paths, /a.b, get, responses]}; stops at a space. */
    static List<String> segments(String attribute) {
        // a trailing '.' before the space ends the path, it does not start an empty segment
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < attribute.length(); i++) {
            char c = attribute.charAt(i);
            if (c == '\'') {
                int end = attribute.indexOf('\'', i + 1);
                if (end < 0) {
                    break;
                }
                current.append(attribute, i + 1, end);
                i = end;
            } else if (c == '(') {
                int end = attribute.indexOf(')', i + 1);
                if (end < 0) {
                    break;
                }
                flush(segments, current);
                segments.add(attribute.substring(i + 1, end));
                i = end;
            } else if (c == '.') {
                flush(segments, current);
            } else if (Character.isWhitespace(c)) {
                break;
            } else {
                current.append(c);
            }
        }
        flush(segments, current);
        return segments;
    }

    private static void flush(List<String> segments, StringBuilder current) {
        if (current.length() > 0) {
            segments.add(current.toString());
            current.setLength(0);
        }
    }
}
