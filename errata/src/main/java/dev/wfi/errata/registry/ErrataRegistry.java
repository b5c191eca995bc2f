package dev.wfi.errata.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wfi.errata.Finding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reviewed list of known errata of the bundled corpus (and of the things that look wrong but are right).
 * A finding is "registered" when an erratum names its rule, page and line. A change in what the engine finds
 * is then always a visible decision: the suite fails on an unregistered finding and on a vanished erratum.
 */
public final class ErrataRegistry {

    public static final String BUNDLED_RESOURCE = "wfi/errata-registry.yaml";

    /** One reviewed erratum. */
    public record Erratum(String rule, String path, int line, String why) {
        public boolean matches(Finding f) {
            return rule.equals(f.ruleId()) && path.equals(f.path()) && line == f.line();
        }
    }

    /** Something that looks wrong on a page but is right under the contract: no finding may stand on it. */
    public record Valid(String path, int line, String why) {
    }

    private final List<Erratum> errata;
    private final List<Valid> valid;
    /** The errata by "rule path line": a run over a docs checkout marks thousands of findings. */
    private final Set<String> keys;

    private ErrataRegistry(List<Erratum> errata, List<Valid> valid) {
        this.errata = List.copyOf(errata);
        this.valid = List.copyOf(valid);
        this.keys = errata.stream().map(e -> key(e.rule(), e.path(), e.line())).collect(Collectors.toUnmodifiableSet());
    }

    private static String key(String rule, String path, int line) {
        return rule + ' ' + path + ' ' + line;
    }

    public static ErrataRegistry empty() {
        return new ErrataRegistry(List.of(), List.of());
    }

    /** The registry shipped with the tool; empty if the build did not bundle one. */
    public static ErrataRegistry bundled() {
        try (InputStream in = ErrataRegistry.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
            return in == null ? empty() : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled errata registry cannot be read", e);
        }
    }

    public static ErrataRegistry read(InputStream yaml) throws IOException {
        JsonNode root = new ObjectMapper(dev.wfi.contract.YamlLimits.factory()).readTree(yaml);
        List<Erratum> errata = new ArrayList<>();
        for (JsonNode e : root.path("errata")) {
            errata.add(new Erratum(e.path("rule").asText(), e.path("path").asText(), e.path("line").asInt(),
                    e.path("why").asText()));
        }
        List<Valid> valid = new ArrayList<>();
        for (JsonNode v : root.path("valid")) {
            valid.add(new Valid(v.path("path").asText(), v.path("line").asInt(), v.path("why").asText()));
        }
        return new ErrataRegistry(errata, valid);
    }

    public List<Erratum> errata() {
        return errata;
    }

    public List<Valid> valid() {
        return valid;
    }

    public boolean isRegistered(Finding finding) {
        return keys.contains(key(finding.ruleId(), finding.path(), finding.line()));
    }

    /** Findings marked registered or not. */
    public List<Finding> mark(List<Finding> findings) {
        return findings.stream().map(f -> f.withRegistered(isRegistered(f))).toList();
    }

    /** Registered errata that no finding matches any more. */
    public List<Erratum> vanished(List<Finding> findings) {
        return errata.stream().filter(e -> findings.stream().noneMatch(e::matches)).toList();
    }
}
