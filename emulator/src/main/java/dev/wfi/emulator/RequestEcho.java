package dev.wfi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wfi.contract.Contract;
import io.swagger.v3.oas.models.media.Schema;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What of a request an error message may repeat: no run of {@value #RUN} characters or more taken from a string of
 * the request body (a value or a property name), in whole or in part, whatever the string is. A secret is 64
 * characters, so no stored secret, nor a long part of one, can come back; and since the rule does not look at the
 * secrets the emulator holds, an answer is the same whether a string is a stored secret or not, and cannot confirm
 * a guess. Applied to the finished message, so a value shortened for display ({@code 'abc...'}) is caught too.
 *
 * <p>Two kinds of string are repeated all the same, since they cannot hold a secret and a message is the clearer
 * for them: the contract's own words (property names, enum members), and the {@code scheme://host:port} of a
 * loopback URL (where the emulator's callbacks go), whose other parts are still hidden.
 */
final class RequestEcho {

    static final int RUN = 16;
    static final String HIDDEN = "***";
    /** Enough for any body the emulator accepts; strings past it are not looked at, and their runs stay unmatched. */
    private static final int MAX_STRINGS = 10_000;

    private final Set<String> vocabulary;

    /** @param contract whose property names and enum members may be repeated */
    RequestEcho(Contract contract) {
        Set<String> words = new HashSet<>();
        Map<String, Schema> schemas = contract.openApi().getComponents() == null ? null
                : contract.openApi().getComponents().getSchemas();
        List<Schema<?>> work = new ArrayList<>();
        if (schemas != null) {
            schemas.values().forEach(work::add);
        }
        while (!work.isEmpty()) {
            Schema<?> schema = work.remove(work.size() - 1);
            if (schema.getProperties() != null) {
                words.addAll(schema.getProperties().keySet());
                schema.getProperties().values().forEach(work::add);
            }
            if (schema.getEnum() != null) {
                schema.getEnum().forEach(member -> words.add(String.valueOf(member)));
            }
            for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (parts != null) {
                    parts.forEach(work::add);
                }
            }
            if (schema.getItems() != null) {
                work.add(schema.getItems());
            }
        }
        this.vocabulary = Set.copyOf(words);
    }

    /** {@code text} with every run it shares with a string of {@code body} replaced by {@value #HIDDEN}. */
    String redact(String text, JsonNode body) {
        if (text == null || body == null || text.length() < RUN) {
            return text;
        }
        Map<String, List<Integer>> runs = new HashMap<>();
        for (int i = 0; i + RUN <= text.length(); i++) {
            runs.computeIfAbsent(text.substring(i, i + RUN), k -> new ArrayList<>(1)).add(i);
        }
        boolean[] hidden = new boolean[text.length()];
        boolean any = false;
        for (String s : strings(body)) {
            for (int i = 0; i + RUN <= s.length(); i++) {
                List<Integer> at = runs.get(s.substring(i, i + RUN));
                if (at != null) {
                    for (int position : at) {
                        java.util.Arrays.fill(hidden, position, position + RUN, true);
                    }
                    any = true;
                }
            }
        }
        if (!any) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            if (!hidden[i]) {
                out.append(text.charAt(i++));
                continue;
            }
            while (i < text.length() && hidden[i]) {
                i++;
            }
            if (text.startsWith("...", i)) {
                i += 3; // the rest of a value shortened for display
            }
            out.append(HIDDEN);
        }
        return out.toString();
    }

    /** The strings of at least {@value #RUN} characters in a JSON value: string values and property names. */
    private List<String> strings(JsonNode body) {
        List<String> strings = new ArrayList<>();
        List<JsonNode> work = new ArrayList<>(List.of(body));
        while (!work.isEmpty() && strings.size() < MAX_STRINGS) {
            JsonNode node = work.remove(work.size() - 1);
            if (node.isTextual()) {
                add(withoutLoopbackOrigin(node.textValue()), strings);
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                add(field.getKey(), strings);
                work.add(field.getValue());
            }
            if (node.isArray()) {
                node.forEach(work::add);
            }
        }
        return strings;
    }

    private void add(String s, List<String> strings) {
        if (s.length() >= RUN && !vocabulary.contains(s)) {
            strings.add(s);
        }
    }

    /** A loopback URL without its {@code scheme://host:port}, which cannot hold a secret; any other string as it is. */
    private static String withoutLoopbackOrigin(String s) {
        if (!(s.startsWith("http://") || s.startsWith("https://"))) {
            return s;
        }
        try {
            URI uri = new URI(s);
            if (uri.getRawAuthority() == null || uri.getRawUserInfo() != null || !Loopback.is(uri)) {
                return s;
            }
            int authorityEnd = s.indexOf(uri.getRawAuthority()) + uri.getRawAuthority().length();
            return s.substring(authorityEnd);
        } catch (URISyntaxException e) {
            return s;
        }
    }
}
