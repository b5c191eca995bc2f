package dev.wfi.errata.report;

import dev.wfi.report.Baseline;
import dev.wfi.report.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.errata.ErrataReport;
import dev.wfi.report.SarifLog;
import dev.wfi.errata.Finding;
import dev.wfi.errata.InputError;
import dev.wfi.errata.Kind;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report as SARIF 2.1.0, for code-scanning services and IDEs. Locations are relative to the
 * {@code SRCROOT} base (the directory the pages were found under); fingerprints leave the line out so that
 * a finding keeps its identity when text above it moves.
 */
final class SarifWriter {

    static final String FINGERPRINT_KEY = "wfiFinding/v1";
    private static final String BASE_ID = "SRCROOT";

    private static final Map<Kind, String> DESCRIPTIONS = new EnumMap<>(Kind.class);

    static {
        DESCRIPTIONS.put(Kind.SYNTAX, "Example body is not well-formed JSON");
        DESCRIPTIONS.put(Kind.SCHEMA, "Example does not match the contract's schema");
        DESCRIPTIONS.put(Kind.ENUM, "Value is not one of the contract's enum members");
        DESCRIPTIONS.put(Kind.TYPE, "Value has the wrong JSON type");
        DESCRIPTIONS.put(Kind.REQUIRED, "Required property is missing");
        DESCRIPTIONS.put(Kind.UNKNOWN_PROPERTY, "Property is not defined by the contract");
        DESCRIPTIONS.put(Kind.READ_ONLY, "Read-only property is sent in a request");
        DESCRIPTIONS.put(Kind.SECRET, "Write-only secret is shown in a response");
        DESCRIPTIONS.put(Kind.STATUS, "Status code does not match the contract");
        DESCRIPTIONS.put(Kind.URL, "Request URL has the wrong shape or version segment");
        DESCRIPTIONS.put(Kind.TIME, "Timestamps are out of order or malformed");
        DESCRIPTIONS.put(Kind.PLACEHOLDER, "Placeholder value left in an example");
        DESCRIPTIONS.put(Kind.ODATA_TYPE, "@odata.type annotation has the wrong form");
        DESCRIPTIONS.put(Kind.CONTENT_LENGTH, "Content-Length does not match the body as sent");
        DESCRIPTIONS.put(Kind.HEADER, "HTTP header name or value is wrong");
        DESCRIPTIONS.put(Kind.PERMISSION, "Permissions table is incomplete or contradicts another page");
        DESCRIPTIONS.put(Kind.TRANSLATION, "Property name was translated");
        DESCRIPTIONS.put(Kind.TABLE_DRIFT, "Property table disagrees with the contract");
        DESCRIPTIONS.put(Kind.LINK, "Link is broken");
        DESCRIPTIONS.put(Kind.CROSS_DOC, "Pages contradict each other");
    }

    private SarifWriter() {
    }

    static void write(ErrataReport report, Writer out) throws IOException {
        // rules sorted by id so that ruleIndex is stable across runs
        Map<String, Kind> rules = new TreeMap<>();
        for (Finding finding : report.findings()) {
            rules.putIfAbsent(finding.ruleId(), finding.kind());
        }
        SarifLog log = new SarifLog(ErrataReport.TOOL_NAME, report.toolVersion())
                .baseDirectory(BASE_ID, "The directory the documentation pages were found under.");
        for (Map.Entry<String, Kind> rule : rules.entrySet()) {
            log.rule(rule.getKey(), DESCRIPTIONS.get(rule.getValue()), null).putObject("properties")
                    .put("kind", rule.getValue().label());
        }
        for (Finding finding : report.findings()) {
            SarifLog.Result result = log.result(finding.ruleId(), finding.severity(), finding.message(), finding.path(),
                    finding.line(), finding.column());
            result.fingerprint(FINGERPRINT_KEY, fingerprint(finding));
            finding.fixOf().ifPresent(fix -> result.fix("replace with: " + fix.replacement(), fix.spans().stream()
                    .map(span -> new SarifLog.Region(span.line(), span.column(), span.endLine(), span.endColumn())).toList(),
                    fix.replacement()));
            ObjectNode properties = result.properties();
            properties.put("kind", finding.kind().label());
            if (finding.example() != null) {
                properties.put("example", finding.example());
            }
            if (finding.pointer() != null) {
                properties.put("pointer", finding.pointer());
            }
            properties.put("registered", finding.registered());
        }
        for (InputError error : report.inputErrors()) {
            log.inputNotRead(error.path(), error.cause());
        }
        log.write(out);
    }

    /** Identity of a finding that survives edits elsewhere in the page: the baseline's key, hashed. */
    static String fingerprint(Finding finding) {
        Baseline.Entry key = finding.baselineEntry();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {key.ruleId(), key.file(), key.pointer(), key.message()}) {
                if (part == null) {
                    sha256.update((byte) 1); // absent differs from empty: "" is the pointer to the root
                } else {
                    sha256.update(part.getBytes(StandardCharsets.UTF_8));
                }
                sha256.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha256.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
