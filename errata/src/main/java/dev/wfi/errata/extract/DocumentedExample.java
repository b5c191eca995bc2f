package dev.wfi.errata.extract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One example as a page documents it: an HTTP request, an HTTP response, or a bare JSON resource
 * representation. {@code id} is "page#n", n counting examples from 1 in page order.
 *
 * @param line              page line of the request or status line (of the JSON for bare resources)
 * @param annotation        the docs' {@code <!-- { "blockType": ... } -->} annotation, or a missing node
 * @param blankLineBeforeBody whether headers and body are separated by an empty line; empty where the
 *                          page format cannot tell (plain-text renders drop blank lines)
 * @param request           for a response: the request it answers, when the page has one before it
 * @param trailingHeaders   header lines written after the JSON body, where they do not belong
 */
public record DocumentedExample(
        String id,
        Role role,
        int line,
        String method,
        String url,
        Integer status,
        List<Header> headers,
        Optional<JsonBody> body,
        JsonNode annotation,
        Optional<Boolean> blankLineBeforeBody,
        Optional<DocumentedExample> request,
        List<Header> trailingHeaders) {

    public enum Role { REQUEST, RESPONSE, RESOURCE }

    public DocumentedExample {
        headers = List.copyOf(headers);
        trailingHeaders = List.copyOf(trailingHeaders);
    }

    /** A header of the message, wherever the page wrote it (above the body, or after it by mistake). */
    public Optional<Header> header(String name) {
        return java.util.stream.Stream.concat(headers.stream(), trailingHeaders.stream())
                .filter(h -> h.name().equalsIgnoreCase(name)).findFirst();
    }

    public Optional<JsonNode> json() {
        return body.flatMap(JsonBody::node);
    }

    public String annotationText(String field) {
        JsonNode v = annotation.path(field);
        return v.isTextual() ? v.asText() : "";
    }

    /**
     * A resource page's "JSON representation" block: it shows type names where values go ({@code "String"},
     * {@code {"@odata.type": "microsoft.graph.identitySet"}}), so only its structure is an example.
     */
    public boolean isRepresentation() {
        return role == Role.RESOURCE && "resource".equals(annotationText("blockType"));
    }

    public boolean truncated() {
        return annotation.path("truncated").asBoolean(false);
    }

    public DocumentedExample answering(DocumentedExample req) {
        return new DocumentedExample(id, role, line, method, url, status, headers, body, annotation, blankLineBeforeBody,
                Optional.of(req), trailingHeaders);
    }

    public String methodUpper() {
        return method == null ? "" : method.toUpperCase(Locale.ROOT);
    }
}
