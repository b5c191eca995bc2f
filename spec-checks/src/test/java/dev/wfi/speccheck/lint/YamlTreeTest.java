package dev.wfi.speccheck.lint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class YamlTreeTest {

    private static final String YAML = "a:\n  b/c:\n    - x\n    - {d: 1}\n  e: true\n";

    @Test
    void keysAreLocatedAtTheKeyAndItemsAtTheItem() throws Exception {
        YamlTree tree = YamlTree.read(YAML);
        assertArrayEquals(new int[] {1, 1}, tree.position("/a"));
        assertArrayEquals(new int[] {2, 3}, tree.position("/a/b~1c"));
        assertArrayEquals(new int[] {3, 7}, tree.position("/a/b~1c/0"));
        assertArrayEquals(new int[] {4, 8}, tree.position("/a/b~1c/1/d"));
    }

    @Test
    void anAbsentPointerFallsBackToItsNearestAncestor() throws Exception {
        assertArrayEquals(new int[] {5, 3}, YamlTree.read(YAML).position("/a/e/missing/deeper"));
    }

    @Test
    void readsValuesAsJson() throws Exception {
        assertEquals("{\"a\":{\"b/c\":[\"x\",{\"d\":1}],\"e\":true}}", YamlTree.read(YAML).root.toString());
    }
}
