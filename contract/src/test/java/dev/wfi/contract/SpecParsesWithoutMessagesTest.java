package dev.wfi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecParsesWithoutMessagesTest {

    @Test
    void swaggerParserReportsNoMessages() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(SpecFiles.contract().toString(), null, options);

        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        assertEquals(List.of(), messages, () -> "swagger-parser messages:\n  " + String.join("\n  ", messages));
        assertNotNull(result.getOpenAPI(), "no OpenAPI model");
        assertEquals("3.0.3", result.getOpenAPI().getOpenapi());
    }
}
