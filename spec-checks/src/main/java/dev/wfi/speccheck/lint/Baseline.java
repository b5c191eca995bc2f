package dev.wfi.speccheck.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Known findings a legacy spec may keep while it adopts the check. A finding is known by rule, file name,
 * pointer and message, not by line, so edits elsewhere in the file do not bring it back.
 */
public final class Baseline {

    public static final Baseline EMPTY = new Baseline(Set.of());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Set<String> fingerprints;

    private Baseline(Set<String> fingerprints) {
        this.fingerprints = Set.copyOf(fingerprints);
    }

    public static Baseline of(Collection<LintFinding> findings) {
        Set<String> fingerprints = new TreeSet<>();
        findings.forEach(finding -> fingerprints.add(finding.fingerprint()));
        return new Baseline(fingerprints);
    }

    /** @throws SpecInputException when the file is unreadable or not a baseline written by {@code --write-baseline} */
    public static Baseline read(Path file) throws SpecInputException {
        JsonNode root;
        try {
            root = JSON.readTree(dev.wfi.contract.InputText.read(file, dev.wfi.contract.InputText.MAX_SPEC_BYTES));
        } catch (IOException e) {
            throw new SpecInputException(file, Linter.describe(e));
        }
        if (root == null || root.path("schemaVersion").asInt() != 1 || !root.path("findings").isArray()) {
            throw new SpecInputException(file, "not a wfi lint baseline (expected schemaVersion 1 and a findings array)");
        }
        Set<String> fingerprints = new TreeSet<>();
        for (JsonNode finding : root.get("findings")) {
            fingerprints.add(finding.path("ruleId").asText() + '|' + finding.path("file").asText() + '|'
                    + finding.path("pointer").asText() + '|' + finding.path("message").asText());
        }
        return new Baseline(fingerprints);
    }

    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", 1);
        ArrayNode findings = root.putArray("findings");
        for (String fingerprint : new TreeSet<>(fingerprints)) {
            String[] parts = fingerprint.split("\\|", 4);
            ObjectNode finding = findings.addObject();
            finding.put("ruleId", parts[0]);
            finding.put("file", parts[1]);
            finding.put("pointer", parts[2]);
            finding.put("message", parts[3]);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, JSON.writeValueAsString(root) + "\n");
    }

    public boolean suppresses(LintFinding finding) {
        return fingerprints.contains(finding.fingerprint());
    }

    public int size() {
        return fingerprints.size();
    }
}
