package dev.wfi.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One SARIF 2.1.0 log of one run, as every command writes it: the tool, its rules, one result per finding and
 * a notification per input that could not be read. Results refer to their rule by id and index.
 */
public final class SarifLog {

    public static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private final ObjectNode root = Json.object();
    private final ObjectNode run;
    private final ArrayNode rules;
    private final ArrayNode results;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private String baseId;
    private ArrayNode notifications;

    public SarifLog(String toolName, String toolVersion) {
        root.put("$schema", SCHEMA_URI);
        root.put("version", "2.1.0");
        run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", toolName);
        driver.put("version", toolVersion);
        rules = driver.putArray("rules");
        results = Json.object().arrayNode();
    }

    /** Relative result paths are resolved against this base (for example the directory the pages were found under). */
    public SarifLog baseDirectory(String id, String description) {
        baseId = id;
        run.putObject("originalUriBaseIds").putObject(id).putObject("description").put("text", description);
        return this;
    }

    /** Declares a rule; its node is returned for what only some tools state (help, properties). */
    public ObjectNode rule(String id, String shortDescription, Severity defaultLevel) {
        ruleIndex.put(id, rules.size());
        ObjectNode rule = rules.addObject();
        rule.put("id", id);
        if (shortDescription != null) {
            rule.putObject("shortDescription").put("text", shortDescription);
        }
        if (defaultLevel != null) {
            rule.putObject("defaultConfiguration").put("level", defaultLevel.sarifLevel());
        }
        return rule;
    }

    /** A result at a file position ({@code line} and {@code column} 1-based; 0 leaves them out). */
    public Result result(String ruleId, Severity level, String message, String path, int line, int column) {
        ObjectNode result = results.addObject();
        result.put("ruleId", ruleId);
        Integer index = ruleIndex.get(ruleId);
        if (index != null) {
            result.put("ruleIndex", index);
        }
        result.put("level", level.sarifLevel());
        result.putObject("message").put("text", message);
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uri(path));
        if (baseId != null && !Path.of(path).isAbsolute()) {
            artifact.put("uriBaseId", baseId);
        }
        if (line > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", line);
            if (column > 0) {
                region.put("startColumn", column);
            }
        }
        return new Result(result);
    }

    /** An input the tool could not read: SARIF's place for it is the invocation's notifications. */
    public void inputNotRead(String path, String cause) {
        if (notifications == null) {
            ObjectNode invocation = run.putArray("invocations").addObject();
            invocation.put("executionSuccessful", true);
            notifications = invocation.putArray("toolExecutionNotifications");
        }
        ObjectNode notification = notifications.addObject();
        notification.put("level", "error");
        notification.putObject("message").put("text", cause);
        notification.putArray("locations").addObject().putObject("physicalLocation").putObject("artifactLocation")
                .put("uri", uri(path));
    }

    public void write(Writer out) throws IOException {
        run.set("results", results);
        Json.write(root, out);
    }

    /** Writes to a stream that reports its errors through {@link PrintWriter#checkError()}, as standard output does. */
    public void write(PrintWriter out) {
        try {
            write((Writer) out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a PrintWriter does not throw
        }
    }

    /** A result being described further. */
    public static final class Result {
        private final ObjectNode node;

        private Result(ObjectNode node) {
            this.node = node;
        }

        /** A JSON pointer or other logical place inside the file. */
        public Result logicalLocation(String name) {
            ((ObjectNode) node.get("locations").get(0)).putArray("logicalLocations").addObject()
                    .put("fullyQualifiedName", name);
            return this;
        }

        public Result fingerprint(String key, String value) {
            ObjectNode prints = node.has("partialFingerprints") ? (ObjectNode) node.get("partialFingerprints")
                    : node.putObject("partialFingerprints");
            prints.put(key, value);
            return this;
        }

        /** The result's property bag, for what SARIF has no field for. */
        public ObjectNode properties() {
            return node.has("properties") ? (ObjectNode) node.get("properties") : node.putObject("properties");
        }

        /** A fix that replaces the text from ({@code line}, {@code column}) to ({@code endLine}, {@code endColumn}), exclusive. */
        /** A fix: the replacement for each of the regions, 1-based, end exclusive. */
        public Result fix(String description, List<Region> regions, String replacement) {
            ObjectNode artifactLocation = ((ObjectNode) node.get("locations").get(0).get("physicalLocation")
                    .get("artifactLocation")).deepCopy();
            ObjectNode fix = node.putArray("fixes").addObject();
            fix.putObject("description").put("text", description);
            ObjectNode change = fix.putArray("artifactChanges").addObject();
            change.set("artifactLocation", artifactLocation);
            ArrayNode replacements = change.putArray("replacements");
            for (Region region : regions) {
                ObjectNode replacementNode = replacements.addObject();
                replacementNode.putObject("deletedRegion").put("startLine", region.line()).put("startColumn", region.column())
                        .put("endLine", region.endLine()).put("endColumn", region.endColumn());
                replacementNode.putObject("insertedContent").put("text", replacement);
            }
            return this;
        }
    }

    /** A region of a text file, 1-based, its end exclusive. */
    public record Region(int line, int column, int endLine, int endColumn) {
    }

    /**
     * A relative path as a relative URI reference (forward slashes, every byte outside RFC 3986's unreserved set
     * percent-encoded); an absolute one as a file: URI.
     */
    public static String uri(String path) {
        if (Path.of(path).isAbsolute()) {
            return Path.of(path).toUri().toString();
        }
        byte[] bytes = path.replace('\\', '/').getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
