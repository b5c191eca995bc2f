package dev.wfi.speccheck.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wfi.contract.InputText;
import dev.wfi.contract.YamlLimits;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which {@code $ref}s of a spec swagger-parser may follow. Remote ones make it issue HTTP requests (server-side
 * request forgery in a pull-request check on untrusted specs), so they are refused unless allowed; local ones must
 * stay inside the spec's directory tree ({@code $ref: /etc/passwd} is refused). Referenced local files are read
 * (bounded, within {@link YamlLimits}) and held to the same policy, so nothing they refer to escapes it either.
 * swagger-parser has no hook to refuse a reference, so the spec is handed to it only when nothing is refused.
 */
final class SpecReferences {

    /** Keys whose members are names, not keywords: a property called {@code example} is a schema. */
    private static final Set<String> NAME_MAPS = Set.of("properties", "patternProperties", "schemas", "responses",
            "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links", "callbacks", "paths",
            "content", "encoding", "variables", "definitions", "$defs");
    /** Keywords whose values are data, where a {@code $ref} key is not a reference. */
    private static final Set<String> DATA_KEYWORDS = Set.of("example", "default", "enum", "const");

    /** A reference that is not followed, where it is written, and why. */
    record Refused(String path, int line, int column, String pointer, String ref, String message) {
    }

    private final Path root;
    private final boolean allowRemote;
    private final Set<Path> visited = new HashSet<>();
    private final List<Refused> refused = new ArrayList<>();

    private SpecReferences(Path spec, boolean allowRemote) {
        Path directory = spec.toAbsolutePath().normalize().getParent();
        Path real;
        try {
            real = directory.toRealPath();
        } catch (IOException e) {
            real = directory;
        }
        this.root = real;
        this.allowRemote = allowRemote;
    }

    /** The references of the spec (and of the local files it refers to) that may not be followed. */
    static List<Refused> refused(Path spec, YamlTree tree, boolean allowRemote) {
        SpecReferences references = new SpecReferences(spec, allowRemote);
        references.visited.add(spec.toAbsolutePath().normalize());
        references.walk(spec, tree, tree.root, "", "");
        return List.copyOf(references.refused);
    }

    private void walk(Path file, YamlTree tree, JsonNode node, String pointer, String key) {
        if (node.isObject()) {
            boolean names = NAME_MAPS.contains(key);
            JsonNode ref = node.get("$ref");
            if (!names && ref != null && ref.isTextual()) {
                check(file, tree, pointer + "/$ref", ref.asText());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                boolean data = !names && (DATA_KEYWORDS.contains(name) || name.startsWith("x-")
                        || name.equals("value") && node.has("summary") || name.equals("examples") && field.getValue().isArray());
                if (!data && !(name.equals("$ref") && !names)) {
                    walk(file, tree, field.getValue(), pointer + '/' + YamlTree.escape(name), name);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(file, tree, node.get(i), pointer + '/' + i, "");
            }
        }
    }

    private void check(Path file, YamlTree tree, String pointer, String ref) {
        int hash = ref.indexOf('#');
        String location = hash < 0 ? ref : ref.substring(0, hash);
        if (location.isEmpty()) {
            return; // within the same file
        }
        String scheme = scheme(location);
        Path target;
        if (scheme == null) {
            target = file.toAbsolutePath().normalize().resolveSibling(location).normalize();
        } else if (scheme.equals("file")) {
            try {
                target = Path.of(new URI(location)).normalize();
            } catch (URISyntaxException | IllegalArgumentException e) {
                refuse(file, tree, pointer, ref, "$ref '" + ref + "' is not a file URI wfi can read");
                return;
            }
        } else if (scheme.equals("http") || scheme.equals("https")) {
            if (!allowRemote) {
                refuse(file, tree, pointer, ref, "$ref '" + ref + "' is remote: wfi does not fetch it unless run with "
                        + "--allow-remote-refs");
            }
            return;
        } else {
            refuse(file, tree, pointer, ref, "$ref '" + ref + "' uses the scheme '" + scheme + "', which wfi does not follow");
            return;
        }
        Path real;
        try {
            real = target.toRealPath();
        } catch (IOException e) {
            real = target; // missing: swagger-parser says so, if it is inside
        }
        if (!real.startsWith(root)) {
            refuse(file, tree, pointer, ref, "$ref '" + ref + "' points outside the spec's directory " + root
                    + ": wfi reads no file there");
            return;
        }
        if (!Files.isRegularFile(real) || !visited.add(real)) {
            return;
        }
        String content;
        YamlTree referenced;
        try {
            content = InputText.read(real, InputText.MAX_SPEC_BYTES);
            YamlLimits.check(content);
            referenced = YamlTree.read(content);
        } catch (YamlLimits.Refused e) {
            refuse(file, tree, pointer, ref, "$ref '" + ref + "' refers to a file that " + e.getMessage());
            return;
        } catch (IOException e) {
            return; // unreadable or not YAML: swagger-parser reports it where it follows the reference
        }
        walk(target, referenced, referenced.root, "", "");
    }

    private void refuse(Path file, YamlTree tree, String pointer, String ref, String message) {
        int[] position = tree.position(pointer);
        refused.add(new Refused(file.toString(), position[0], position[1], pointer, ref, message));
    }

    /** The URI scheme of a reference, lower case, or null for a path (a Windows drive letter is a path). */
    private static String scheme(String location) {
        int colon = location.indexOf(':');
        if (colon < 2) {
            return null;
        }
        for (int i = 0; i < colon; i++) {
            char c = location.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return null;
            }
        }
        return location.substring(0, colon).toLowerCase(Locale.ROOT);
    }
}
