package dev.wfi.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders the fixture spec with our templates and checks the lines each override is there for. */
class FlagSetTemplateTest {
  @TempDir
  static Path output;
  private static Map<String, String> sources;

  @BeforeAll
  static void render() throws Exception {
    Path fixture = Path.of(FlagSetTemplateTest.class.getResource("/fixture/workforceIntegration.yaml").toURI());
    List<Path> files = Generation.generate(fixture, output);
    sources = files.stream().collect(Collectors.toMap(f -> f.getFileName().toString(), FlagSetTemplateTest::read, (a, b) -> a));
  }

  @Test
  void rendersAFlagEnumAsASetWithNestedMembers() {
    String source = sources.get("EligibilityFilteringEnabledEntities.java");
    assertLines(source,
        "public final class EligibilityFilteringEnabledEntities implements java.lang.Iterable<EligibilityFilteringEnabledEntities.Member>, java.io.Serializable {",
        "  public enum Member {",
        "    NONE(\"none\"),",
        "    SWAP_REQUEST(\"swapRequest\"),",
        "    TIME_OFF_REASON(\"timeOffReason\");",
        "  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)",
        "  public static EligibilityFilteringEnabledEntities fromValue(String value) {",
        "  @JsonValue",
        "  public EligibilityFilteringEnabledEntities requireKnown(String path) {");
  }

  @Test
  void leavesOtherEnumsStockButForPrefer() {
    assertLines(sources.get("WorkforceIntegrationEncryptionProtocol.java"),
        "public enum WorkforceIntegrationEncryptionProtocol {",
        "  SHARED_SECRET(\"sharedSecret\"),",
        "  public boolean isEvolvable() {",
        "  public WorkforceIntegrationEncryptionProtocol forPrefer(boolean includeUnknownEnumMembers) {");
  }

  @Test
  void letsAFlagSetFollowPrefer() {
    assertLines(sources.get("EligibilityFilteringEnabledEntities.java"),
        "  public EligibilityFilteringEnabledEntities forPrefer(boolean includeUnknownEnumMembers) {");
  }

  @Test
  void rendersTheETagClass() {
    assertLines(sources.get("ETag.java"),
        "package dev.wfi.models.model;",
        "public final class ETag implements java.io.Serializable {",
        "  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)",
        "  public boolean matches(ETag current) {");
  }

  @Test
  void typesAPropertyWithTheFlagSetClass() {
    assertLines(sources.get("WorkforceIntegration.java"), "  private EligibilityFilteringEnabledEntities eligibilityFilteringEnabledEntities;");
  }

  @Test
  void redactsWriteOnlyPropertiesInToString() {
    assertLines(sources.get("WorkforceIntegrationEncryption.java"), "    sb.append(\"    secret: \").append(\"***\").append(\"\\n\");");
  }

  @Test
  void constrainsAUriToAnAbsoluteUrl() {
    assertTrue(sources.get("WorkforceIntegration.java").contains(
        "@Pattern(regexp=\"^[A-Za-z][A-Za-z0-9+.-]*://[^\\\\s/?#]+[^\\\\s]*$\", message=\"must be an absolute URL\")public String getUrl() {"));
  }

  @Test
  void generatesOneStubInterfacePerTag() {
    assertEquals(List.of("WfmApi.java", "WorkforceIntegrationsApi.java"),
        sources.keySet().stream().filter(n -> n.endsWith("Api.java")).sorted().collect(Collectors.toList()));
  }

  private static void assertLines(String source, String... lines) {
    List<String> actual = source.lines().collect(Collectors.toList());
    for (String line : lines) {
      assertTrue(actual.contains(line), "missing line:\n" + line + "\nin:\n" + source);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
