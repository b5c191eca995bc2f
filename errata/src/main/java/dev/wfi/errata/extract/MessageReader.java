package dev.wfi.errata.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the lines of one HTTP message (a fenced block, or a stretch of a plain-text render) into a
 * {@link DocumentedExample}. Plain-text renders have no fences, so there the JSON body is delimited by
 * balancing braces and brackets, and stops early at the first line that cannot be JSON, so a malformed
 * body never swallows the prose after it.
 */
final class MessageReader {

    private MessageReader() {
    }

    /** What was read, and how many lines of the input it used. */
    record Read(Optional<DocumentedExample> example, int linesUsed) {
    }

    /**
     * @param lines       the message's lines, the first of which is page line {@code firstLine}
     * @param fenced      true for a fenced block: the body is everything after the headers, and blank lines count
     */
    static Read read(String id, List<String> lines, int firstLine, boolean fenced, JsonNode annotation) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i == lines.size()) {
            return new Read(Optional.empty(), lines.size());
        }
        String start = lines.get(i);
        var requestLine = HttpText.requestLine(start);
        var status = HttpText.statusLine(start);
        int startLine = firstLine + i;
        DocumentedExample.Role role;
        String method = null;
        String url = null;
        Integer code = null;
        List<Header> headers = new ArrayList<>();
        if (requestLine.isPresent()) {
            role = DocumentedExample.Role.REQUEST;
            method = requestLine.get().method();
            url = requestLine.get().url();
            i++;
        } else if (status.isPresent()) {
            role = DocumentedExample.Role.RESPONSE;
            code = status.get();
            i++;
        } else if (HttpText.opensJson(start)) {
            role = DocumentedExample.Role.RESOURCE;
        } else {
            return new Read(Optional.empty(), i + 1);
        }
        if (role != DocumentedExample.Role.RESOURCE) {
            while (i < lines.size() && !HttpText.opensJson(lines.get(i))) {
                Optional<Header> header = HttpText.header(lines.get(i), firstLine + i);
                if (header.isEmpty()) {
                    break;
                }
                headers.add(header.get());
                i++;
            }
        }
        int blanks = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            blanks++;
            i++;
        }
        Optional<JsonBody> body = Optional.empty();
        Optional<Boolean> blankLine = Optional.empty();
        List<Header> trailing = new ArrayList<>();
        if (i < lines.size() && HttpText.opensJson(lines.get(i))) {
            int end = fenced ? lastNonBlank(lines) + 1 : i + balancedLength(lines, i);
            if (fenced && role != DocumentedExample.Role.RESOURCE) {
                trailing = trailingHeaders(lines, i + balancedLength(lines, i), firstLine);
                if (!trailing.isEmpty()) {
                    end = i + balancedLength(lines, i);
                }
            }
            body = Optional.of(JsonBody.parse(lines.subList(i, end), firstLine + i));
            if (fenced && role != DocumentedExample.Role.RESOURCE) {
                blankLine = Optional.of(blanks > 0);
            }
            i = end;
        }
        if (role == DocumentedExample.Role.RESOURCE) {
            startLine = body.map(JsonBody::firstLine).orElse(startLine);
        }
        DocumentedExample example = new DocumentedExample(id, role, startLine, method, url, code, headers, body,
                annotation == null ? MissingNode.getInstance() : annotation, blankLine, Optional.empty(), trailing);
        return new Read(Optional.of(example), i);
    }

    /** Header lines after the end of the JSON body, when everything after it is headers (or blank). */
    private static List<Header> trailingHeaders(List<String> lines, int from, int firstLine) {
        List<Header> headers = new ArrayList<>();
        for (int j = from; j < lines.size(); j++) {
            if (lines.get(j).isBlank()) {
                continue;
            }
            Optional<Header> header = HttpText.header(lines.get(j), firstLine + j);
            if (header.isEmpty() || HttpText.opensJson(lines.get(j))) {
                return List.of();
            }
            headers.add(header.get());
        }
        return headers;
    }

    private static int lastNonBlank(List<String> lines) {
        for (int j = lines.size() - 1; j >= 0; j--) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    /**
     * How many lines from {@code from} make up one JSON value, counting braces and brackets outside
     * strings. Strings cannot span lines in JSON, so an unterminated quote ends at its line's end.
     */
    static int balancedLength(List<String> lines, int from) {
        int depth = 0;
        for (int j = from; j < lines.size(); j++) {
            String line = lines.get(j);
            if (j > from && !mayBeJson(line)) {
                return j - from;
            }
            boolean inString = false;
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (inString) {
                    if (c == '\\') {
                        k++;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                }
            }
            if (depth <= 0) {
                return j - from + 1;
            }
        }
        return lines.size() - from;
    }

    /** A line that could continue a JSON body: blank, or starting with a JSON token (or a typographic quote). */
    private static boolean mayBeJson(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return true;
        }
        if (HttpText.requestLine(s).isPresent() || HttpText.statusLine(s).isPresent()) {
            return false;
        }
        char c = s.charAt(0);
        return "{}[]\",:-0123456789\u201c\u201d".indexOf(c) >= 0 || s.startsWith("true") || s.startsWith("false")
                || s.startsWith("null");
    }
}
