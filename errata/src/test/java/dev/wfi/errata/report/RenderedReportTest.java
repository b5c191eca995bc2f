package dev.wfi.errata.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each format renders the typical report exactly as its golden file under test resources report/. */
class RenderedReportTest {

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void rendersTypicalReportAsGoldenFile(ReportFormat format) throws IOException {
        String expected = golden("typical." + format.label());
        assertEquals(expected, format.render(SampleReports.typical()));
    }

    static String golden(String name) throws IOException {
        try (InputStream in = RenderedReportTest.class.getResourceAsStream("/report/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file report/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
