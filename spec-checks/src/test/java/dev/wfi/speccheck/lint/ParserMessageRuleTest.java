package dev.wfi.speccheck.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ParserMessageRuleTest {

    @Test
    void splitsQuotedPathsAndMethods() {
        assertEquals(List.of("paths", "/a.b/{id}", "get", "responses"),
                ParserMessageRule.segments("paths.'/a.b/{id}'(get).responses is missing"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "attribute info.version is missing | /info",
        "attribute paths.'/items'(get).responses is missing | /paths/~1items/get",
        "paths.'/items/{id}'. Declared path parameter id needs to be defined | /paths/~1items~1{id}",
        "something without a location | ''"})
    void placesAMessageOnTheDeepestNodeItNames(String message, String pointer) throws Exception {
        YamlTree tree = YamlTree.read("openapi: 3.0.3\ninfo: {title: x}\npaths:\n  /items:\n    get: {}\n  /items/{id}: {}\n");
        SpecDocument spec = new SpecDocument("x.yaml", tree, List.of(message), java.util.Optional::empty);
        assertEquals(pointer, ParserMessageRule.pointer(spec, message));
    }
}
