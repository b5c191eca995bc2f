package dev.wfi.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds the operation a method and URL address. Graph URLs are matched after the host and version;
 * callback URLs by the suffix after the integration's base URL and {@code v{apiVersion}} segment.
 */
final class OperationIndex {
    static final String WFM_TAG = "wfm";
    private static final Set<String> GRAPH_HOSTS = Set.of(
            "graph.microsoft.com", "graph.microsoft.us", "dod-graph.microsoft.us", "microsoftgraph.chinacloudapi.cn");
    private static final Set<String> GRAPH_VERSIONS = Set.of("v1.0", "beta");
    private static final Pattern WFM_VERSION = Pattern.compile("v?(\\d+|\\{[^}/]*\\})", Pattern.CASE_INSENSITIVE);

    private record Entry(String template, List<String> segments, String method, Operation operation, boolean wfm) {}

    private final List<Entry> entries = new ArrayList<>();
    private final OpenAPI openApi;

    OperationIndex(OpenAPI openApi) {
        this.openApi = openApi;
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) -> {
            boolean wfm = operation.getTags() != null && operation.getTags().contains(WFM_TAG);
            entries.add(new Entry(template, segments(template), method.name(), operation, wfm));
        }));
        // longer templates first, so that a suffix match prefers the most specific path
        entries.sort((a, b) -> Integer.compare(b.segments().size(), a.segments().size()));
    }

    Optional<OperationMatch> match(String method, String urlOrPath) {
        if (method == null || urlOrPath == null) {
            return Optional.empty();
        }
        String verb = method.strip().toUpperCase(Locale.ROOT);
        String text = urlOrPath.strip();
        String host = null;
        int scheme = text.indexOf("://");
        if (scheme > 0 && text.substring(0, scheme).chars().allMatch(Character::isLetter)) {
            int pathStart = indexOfAny(text, scheme + 3, "/\\?#");
            host = text.substring(scheme + 3, pathStart).toLowerCase(Locale.ROOT);
            text = pathStart < text.length() && text.charAt(pathStart) == '\\' ? "/" + text.substring(pathStart) : text.substring(pathStart);
        }
        int query = indexOfAny(text, 0, "?#");
        List<String> path = segments(text.substring(0, query));
        if (host == null) {
            return matchGraph(verb, path, false).or(() -> matchWfm(verb, path));
        }
        if (GRAPH_HOSTS.contains(host)) {
            return matchGraph(verb, path, true);
        }
        return matchWfm(verb, path).or(() -> matchGraph(verb, path, false));
    }

    private Optional<OperationMatch> matchGraph(String verb, List<String> path, boolean graphHost) {
        for (Entry entry : entries) {
            if (entry.wfm() || !entry.method().equals(verb)) {
                continue;
            }
            int prefixLength = path.size() - entry.segments().size();
            Map<String, String> parameters = suffixMatch(entry.segments(), path, prefixLength);
            if (parameters == null) {
                continue;
            }
            String version = String.join("/", path.subList(0, prefixLength));
            if (!graphHost && !(version.isEmpty() || GRAPH_VERSIONS.contains(version))) {
                continue;
            }
            return Optional.of(toMatch(entry, parameters, "graph", version));
        }
        return Optional.empty();
    }

    private Optional<OperationMatch> matchWfm(String verb, List<String> path) {
        for (Entry entry : entries) {
            if (!entry.wfm() || !entry.method().equals(verb)) {
                continue;
            }
            int prefixLength = path.size() - entry.segments().size();
            Map<String, String> parameters = suffixMatch(entry.segments(), path, prefixLength);
            if (parameters == null) {
                continue;
            }
            String version = prefixLength > 0 && WFM_VERSION.matcher(path.get(prefixLength - 1)).matches()
                    ? path.get(prefixLength - 1) : "";
            return Optional.of(toMatch(entry, parameters, "wfm", version));
        }
        return Optional.empty();
    }

    /**
     * The Graph operation a URL nearly addresses: one literal segment spelled otherwise, one path parameter left out,
     * or the right path under another method. Empty when the URL matches, or no operation is that close.
     */
    Optional<NearMiss> nearest(String method, String url) {
        if (method == null || url == null || match(method, url).isPresent()) {
            return Optional.empty();
        }
        String verb = method.strip().toUpperCase(Locale.ROOT);
        String text = url.strip();
        String prefix = "";
        int scheme = text.indexOf("://");
        if (scheme > 0) {
            int pathStart = indexOfAny(text, scheme + 3, "/?#");
            prefix = text.substring(0, pathStart);
            text = text.substring(pathStart);
        }
        int query = indexOfAny(text, 0, "?#");
        String suffix = text.substring(query);
        List<String> path = segments(text.substring(0, query));
        List<String> version = new ArrayList<>();
        if (!path.isEmpty() && (GRAPH_VERSIONS.contains(path.get(0)) || path.get(0).matches("v\\d.*"))) {
            version.add(path.remove(0));
        }
        List<Entry> graph = entries.stream().filter(e -> !e.wfm()).toList();
        for (Entry entry : graph) {
            List<Integer> differing = entry.segments().size() == path.size() ? differing(entry.segments(), path) : List.of();
            if (entry.method().equals(verb) && differing.size() == 1
                    && Names.meant(path.get(differing.get(0)), List.of(entry.segments().get(differing.get(0)))).isPresent()) {
                int at = differing.get(0);
                List<String> fixed = new ArrayList<>(path);
                fixed.set(at, entry.segments().get(at));
                return Optional.of(nearMiss(entry, "the segment '" + path.get(at) + "' where the contract has '"
                        + entry.segments().get(at) + "'", prefix, version, fixed, suffix));
            }
        }
        // the same method with a path parameter left out before the same path with another method: a page's method is
        // what it means to do ("PATCH .../workforceIntegrations" updates one, without its id)
        for (Entry entry : graph) {
            List<String> template = entry.segments();
            if (!entry.method().equals(verb) || template.size() != path.size() + 1) {
                continue;
            }
            for (int missing = 0; missing < template.size(); missing++) {
                if (!isParameter(template.get(missing))) {
                    continue;
                }
                List<String> candidate = new ArrayList<>(path);
                candidate.add(missing, template.get(missing));
                if (suffixMatch(template, candidate, 0) != null) {
                    String after = missing == 0 ? "the start" : "'" + candidate.get(missing - 1) + "'";
                    return Optional.of(nearMiss(entry, "no " + template.get(missing) + " after " + after, prefix, version,
                            candidate, suffix));
                }
            }
        }
        List<Entry> samePath = graph.stream().filter(e -> e.segments().size() == path.size()
                && differing(e.segments(), path).isEmpty()).toList();
        if (!samePath.isEmpty()) {
            Entry entry = samePath.get(0);
            String methods = samePath.stream().map(Entry::method).distinct().sorted().collect(java.util.stream.Collectors.joining(", "));
            return Optional.of(nearMiss(entry, "the method " + verb + ": the contract addresses this path with " + methods,
                    prefix, version, path, suffix));
        }
        return Optional.empty();
    }

    /** The indexes at which a literal segment of the template differs from the path (parameters match anything). */
    private static List<Integer> differing(List<String> template, List<String> path) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < template.size(); i++) {
            if (!isParameter(template.get(i)) && !template.get(i).equalsIgnoreCase(path.get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    private static NearMiss nearMiss(Entry entry, String difference, String prefix, List<String> version,
                                     List<String> path, String suffix) {
        List<String> all = new ArrayList<>(version);
        all.addAll(path);
        return new NearMiss(entry.method(), entry.template(), entry.operation().getOperationId(), difference,
                prefix + "/" + String.join("/", all) + suffix);
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** Path parameters when {@code path} ends with {@code template}; null otherwise. Literals ignore case. */
    private static Map<String, String> suffixMatch(List<String> template, List<String> path, int offset) {
        if (offset < 0) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String expected = template.get(i);
            String actual = path.get(offset + i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                if (actual.isEmpty()) {
                    return null;
                }
                parameters.put(expected.substring(1, expected.length() - 1), actual);
            } else if (!expected.equalsIgnoreCase(actual)) {
                return null;
            }
        }
        return parameters;
    }

    private OperationMatch toMatch(Entry entry, Map<String, String> parameters, String side, String version) {
        Operation operation = entry.operation();
        TreeMap<Integer, Optional<String>> responses = new TreeMap<>();
        Set<Integer> success = new TreeSet<>();
        if (operation.getResponses() != null) {
            operation.getResponses().forEach((code, response) -> {
                if (code.chars().allMatch(Character::isDigit)) {
                    int status = Integer.parseInt(code);
                    responses.put(status, jsonSchemaName(resolve(response)));
                    if (status >= 200 && status < 300) {
                        success.add(status);
                    }
                }
            });
        }
        return new OperationMatch(operation.getOperationId(), entry.method(), entry.template(), parameters,
                requestSchema(operation.getRequestBody()), responses, success, scopes(operation), grants(operation), side, version);
    }

    private ApiResponse resolve(ApiResponse response) {
        String ref = response.get$ref();
        if (ref != null && openApi.getComponents() != null && openApi.getComponents().getResponses() != null) {
            ApiResponse target = openApi.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
            return target == null ? response : target;
        }
        return response;
    }

    private Optional<String> requestSchema(RequestBody body) {
        if (body == null) {
            return Optional.empty();
        }
        if (body.get$ref() != null && openApi.getComponents() != null && openApi.getComponents().getRequestBodies() != null) {
            body = openApi.getComponents().getRequestBodies().get(body.get$ref().substring(body.get$ref().lastIndexOf('/') + 1));
        }
        return body == null || body.getContent() == null ? Optional.empty() : jsonSchemaName(body.getContent().get("application/json"));
    }

    private static Optional<String> jsonSchemaName(ApiResponse response) {
        return response == null || response.getContent() == null ? Optional.empty()
                : jsonSchemaName(response.getContent().get("application/json"));
    }

    private static Optional<String> jsonSchemaName(MediaType mediaType) {
        Schema<?> schema = mediaType == null ? null : mediaType.getSchema();
        return ComponentSchemas.refName(schema);
    }

    private List<String> scopes(Operation operation) {
        Set<String> scopes = new LinkedHashSet<>();
        grants(operation).values().forEach(scopes::addAll);
        return new ArrayList<>(scopes);
    }

    /** Each security scheme's scopes, as the operation's requirements (else the document's) list them. */
    private Map<String, List<String>> grants(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity() != null ? operation.getSecurity() : openApi.getSecurity();
        Map<String, Set<String>> grants = new LinkedHashMap<>();
        if (security != null) {
            security.forEach(requirement -> requirement.forEach((scheme, scopes) ->
                    grants.computeIfAbsent(scheme, s -> new LinkedHashSet<>()).addAll(scopes)));
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        grants.forEach((scheme, scopes) -> lists.put(scheme, List.copyOf(scopes)));
        return lists;
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    private static int indexOfAny(String text, int from, String characters) {
        for (int i = from; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
