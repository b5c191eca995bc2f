package dev.wfi.emulator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.ser.OffsetDateTimeSerializer;
import jakarta.ws.rs.ext.ContextResolver;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The one ObjectMapper of the emulator: bodies come from anyone, so nesting, string and number sizes are
 * bounded by the parser itself (a 100,000-deep array costs nothing), duplicate keys and trailing tokens are
 * refused rather than guessed at, and times are written as ISO 8601 as Graph does.
 */
final class Json implements ContextResolver<ObjectMapper> {

    /** Deeper than any workforceIntegration (three levels) or callback batch (six), far below the stack's limit. */
    static final int MAX_NESTING_DEPTH = 32;
    static final String GRAPH_TIME = "uuuu-MM-dd'T'HH:mm:ss.SSSSSSSX";

    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxNumberLength(64)
                            .maxStringLength(1 << 20)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            // Graph's form, seven fraction digits in UTC (2024-10-11T21:27:59.0134605Z), not ISO's shortest (59.01Z), is
            // written; any ISO 8601 time is read, as Graph does: a shift's times come from clients (2019-03-11T15:00:00Z)
            .addModule(new JavaTimeModule().addSerializer(OffsetDateTime.class,
                    OffsetDateTimeSerializer.INSTANCE.withFormatter(DateTimeFormatter.ofPattern(GRAPH_TIME))))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // OData annotations (@odata.type) are allowed by the contract and ignored by the models
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }
}
