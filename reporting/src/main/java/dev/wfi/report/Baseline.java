package dev.wfi.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The findings a project already has, written by {@code --write-baseline} and read by {@code --baseline}, so that a
 * legacy spec or docs repository can adopt a check and fail only on new findings. A finding is known by its
 * {@link Entry} (rule, file, pointer, message), never by line, so edits elsewhere in the file keep it known. Entries
 * count: a baseline with one entry leaves out one finding of that key, and a second copy of it is new.
 */
public final class Baseline {

    public static final Baseline EMPTY = new Baseline(List.of());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::ruleId).thenComparing(Entry::file)
            .thenComparing(e -> e.pointer() == null ? "" : e.pointer()).thenComparing(Entry::message);

    /** What a baseline remembers of a finding; {@code pointer} may be null (a finding outside any JSON body). */
    public record Entry(String ruleId, String file, String pointer, String message) {
        public Entry {
            java.util.Objects.requireNonNull(ruleId, "ruleId");
            java.util.Objects.requireNonNull(file, "file");
            java.util.Objects.requireNonNull(message, "message");
        }
    }

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        this.entries = List.copyOf(sorted);
    }

    public static Baseline of(Collection<Entry> entries) {
        return new Baseline(List.copyOf(entries));
    }

    /** The baseline of a run's findings, each known by {@code entryOf}. */
    public static <F> Baseline of(Collection<F> findings, Function<F, Entry> entryOf) {
        return new Baseline(findings.stream().map(entryOf).toList());
    }

    /**
     * Reads the text of a baseline written by {@link #write} (the caller reads the file, with its own bounds).
     *
     * @throws IOException with the message "not a wfi baseline (...)" when it is not one
     */
    public static Baseline parse(String text) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(notABaseline());
        }
        if (root == null || root.path("schemaVersion").asInt() != 1 || !root.path("findings").isArray()) {
            throw new IOException(notABaseline());
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode finding : root.get("findings")) {
            if (!finding.path("ruleId").isTextual() || !finding.path("file").isTextual()
                    || !finding.path("message").isTextual()) {
                throw new IOException(notABaseline());
            }
            JsonNode pointer = finding.path("pointer");
            entries.add(new Entry(finding.get("ruleId").asText(), finding.get("file").asText(),
                    pointer.isTextual() ? pointer.asText() : null, finding.get("message").asText()));
        }
        return new Baseline(entries);
    }

    private static String notABaseline() {
        return "not a wfi baseline (expected schemaVersion 1 and a findings array of ruleId, file, pointer, message)";
    }

    /** Writes the baseline as JSON, one entry per finding in a stable order, creating the parent directory. */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out);
        }
    }

    public void write(Writer out) throws IOException {
        ObjectNode root = Json.object();
        root.put("schemaVersion", 1);
        ArrayNode findings = root.putArray("findings");
        for (Entry entry : entries) {
            ObjectNode finding = findings.addObject();
            finding.put("ruleId", entry.ruleId());
            finding.put("file", entry.file());
            finding.put("pointer", entry.pointer());
            finding.put("message", entry.message());
        }
        Json.write(root, out);
    }

    /**
     * The findings this baseline does not know, in their order. Each entry leaves out one finding of its key: the
     * first ones in {@code findings}' order.
     */
    public <F> List<F> unknown(List<F> findings, Function<F, Entry> entryOf) {
        if (entries.isEmpty()) {
            return List.copyOf(findings);
        }
        Map<Entry, Integer> left = new HashMap<>();
        entries.forEach(entry -> left.merge(entry, 1, Integer::sum));
        List<F> unknown = new ArrayList<>();
        for (F finding : findings) {
            Entry entry = entryOf.apply(finding);
            Integer count = left.get(entry);
            if (count == null) {
                unknown.add(finding);
            } else if (count == 1) {
                left.remove(entry);
            } else {
                left.put(entry, count - 1);
            }
        }
        return unknown;
    }

    /** How many findings it knows. */
    public int size() {
        return entries.size();
    }
}
