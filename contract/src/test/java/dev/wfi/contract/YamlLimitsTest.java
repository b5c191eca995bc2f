package dev.wfi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The YAML limits (issue 14, defect 3): each is refused by name before anything expands, our contract passes. */
class YamlLimitsTest {

    @Test
    void ourContractIsWithinTheLimits() throws Exception {
        YamlLimits.check(Files.readString(SpecFiles.contract()));
    }

    @Test
    void moreAliasesOfCollectionsThanTheLimitAreRefused() {
        String yaml = "a: &a [1]\nb: [" + IntStream.range(0, YamlLimits.MAX_ALIASES + 1).mapToObj(i -> "*a")
                .collect(Collectors.joining(",")) + "]\n";
        YamlLimits.Refused refused = assertThrows(YamlLimits.Refused.class, () -> YamlLimits.check(yaml));
        assertEquals("uses more than 100 aliases of collections; refused before expanding them", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {YamlLimits.MAX_NESTING + 1, 1_000_000})
    void nestingDeeperThanTheLimitIsRefused(int depth) {
        String yaml = "[".repeat(depth) + "]".repeat(depth);
        YamlLimits.Refused refused = assertThrows(YamlLimits.Refused.class, () -> YamlLimits.check(yaml));
        assertEquals("nests more than 100 levels deep", refused.getMessage());
    }

    @Test
    void blockNestingDeeperThanTheLimitIsRefused() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i <= YamlLimits.MAX_NESTING; i++) {
            yaml.append(" ".repeat(i)).append("k:\n");
        }
        YamlLimits.Refused refused = assertThrows(YamlLimits.Refused.class, () -> YamlLimits.check(yaml + "x"));
        assertEquals("nests more than 100 levels deep", refused.getMessage());
    }

    @Test
    void fewAliasesThatExpandToMillionsOfNodesAreRefused() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        String previous = "a";
        for (char level = 'b'; level <= 'g'; level++) {
            yaml.append(level).append(": &").append(level).append(" [")
                    .append(("*" + previous + ",").repeat(9)).append('*').append(previous).append("]\n");
            previous = String.valueOf(level);
        }
        YamlLimits.Refused refused = assertThrows(YamlLimits.Refused.class, () -> YamlLimits.check(yaml.toString()));
        assertEquals("its aliases expand to more than 1000000 nodes (a YAML alias bomb); refused before expanding them",
                refused.getMessage());
    }

    @Test
    void aSyntaxErrorIsLeftToTheReaderThatReportsItsLine() throws Exception {
        YamlLimits.check("a: [1, 2\nb: }");
    }
}
