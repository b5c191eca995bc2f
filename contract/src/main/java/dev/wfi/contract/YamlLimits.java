package dev.wfi.contract;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.StringReader;
import java.util.IdentityHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The bounds every YAML document a user hands wfi is read within, checked before anything expands its aliases:
 * a few hundred bytes of nested aliases (a "billion laughs") otherwise expand to millions of nodes in swagger-parser.
 * Composing with SnakeYAML keeps an alias as the node it names, so the check costs what the text costs.
 */
public final class YamlLimits {

    static final int MAX_ALIASES = 100;
    static final int MAX_NESTING = 100;
    /** Nodes that aliases may add to a document once expanded; a document without aliases adds none. */
    static final long MAX_EXPANDED_NODES = 1_000_000;

    private static final String NESTS = "nests more than " + MAX_NESTING + " levels deep";

    private YamlLimits() {
    }

    /** SnakeYAML's own limits: aliases to collections, nesting and code points. */
    public static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(InputText.MAX_SPEC_BYTES);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    /** A Jackson YAML factory within the limits (Jackson reads an alias as its name and never expands it). */
    public static YAMLFactory factory() {
        return YAMLFactory.builder().loaderOptions(loaderOptions()).build();
    }

    /**
     * Checks a YAML (or JSON) document against the limits without expanding it.
     *
     * @throws Refused naming the limit the document passes; a syntax error is not reported here
     */
    public static void check(String content) throws Refused {
        Node root;
        try {
            root = new Yaml(loaderOptions()).compose(new StringReader(content));
        } catch (StackOverflowError e) {
            throw new Refused(NESTS); // SnakeYAML composes recursively, and counts the depth of block collections only
        } catch (YAMLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Number of aliases")) {
                throw new Refused("uses more than " + MAX_ALIASES + " aliases of collections; refused before expanding them");
            }
            if (message.contains("Nesting Depth exceeded")) {
                throw new Refused(NESTS);
            }
            if (message.contains("exceeds the limit")) {
                throw new Refused("has more than " + InputText.MAX_SPEC_BYTES + " characters");
            }
            return; // a syntax error: the reader that follows reports it at its line
        }
        if (root != null) {
            long expanded;
            try {
                expanded = expandedSize(root, new IdentityHashMap<>(), new IdentityHashMap<>(), 0);
            } catch (RefusedUnchecked e) {
                throw new Refused(e.getMessage());
            }
            long distinct = distinct(root, new IdentityHashMap<>());
            if (expanded - distinct > MAX_EXPANDED_NODES) {
                throw new Refused("its aliases expand to more than " + MAX_EXPANDED_NODES
                        + " nodes (a YAML alias bomb); refused before expanding them");
            }
        }
    }

    /** Nodes in the tree the document stands for, each alias counted as a copy; saturates past the limit. */
    private static long expandedSize(Node node, Map<Node, Long> sizes, Map<Node, Boolean> open, int depth) {
        if (depth >= MAX_NESTING) {
            throw new RefusedUnchecked(NESTS);
        }
        Long known = sizes.get(node);
        if (known != null) {
            return known;
        }
        if (open.put(node, Boolean.TRUE) != null) {
            throw new RefusedUnchecked("an alias refers to a node that contains it");
        }
        long size = 1;
        for (Node child : children(node)) {
            size = Math.min(Long.MAX_VALUE / 2, size + expandedSize(child, sizes, open, depth + 1));
        }
        open.remove(node);
        sizes.put(node, size);
        return size;
    }

    private static long distinct(Node node, Map<Node, Boolean> seen) {
        if (seen.put(node, Boolean.TRUE) != null) {
            return 0;
        }
        long count = 1;
        for (Node child : children(node)) {
            count += distinct(child, seen);
        }
        return count;
    }

    private static Iterable<Node> children(Node node) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (node instanceof MappingNode mapping) {
            java.util.List<Node> nodes = new java.util.ArrayList<>();
            for (NodeTuple tuple : mapping.getValue()) {
                nodes.add(tuple.getKeyNode());
                nodes.add(tuple.getValueNode());
            }
            return nodes;
        }
        return java.util.List.of();
    }

    /** A document past one of the limits; the message completes {@code <path>: }. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private static final class RefusedUnchecked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RefusedUnchecked(String message) {
            super(message);
        }
    }
}
