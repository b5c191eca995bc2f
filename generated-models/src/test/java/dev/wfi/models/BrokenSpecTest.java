package dev.wfi.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spec with a dangling $ref fails generation, names the reference, and leaves no sources behind. */
class BrokenSpecTest {
  private static final String GOOD_REF = "$ref: '#/components/schemas/workforceIntegrationEncryption'";
  private static final String DANGLING_REF = "$ref: '#/components/schemas/workforceIntegrationEncryptionn'";

  @Test
  void danglingRefFailsNamingItsLocationAndGeneratesNothing(@TempDir Path dir) throws Exception {
    String spec = Files.readString(Contract.spec());
    assertTrue(spec.contains(GOOD_REF), "the contract refers to workforceIntegrationEncryption as expected");
    Path broken = Files.writeString(dir.resolve("broken.yaml"), spec.replace(GOOD_REF, DANGLING_REF));
    Path output = dir.resolve("out");

    RuntimeException failure = assertThrows(RuntimeException.class, () -> Generation.generate(broken, output));

    String message = failure.getMessage();
    assertTrue(message.contains("There were issues with the specification"), message);
    assertTrue(message.contains("components.schemas.workforceIntegration.workforceIntegrationEncryptionn is not of type `schema`"), message);
    assertEquals(List.of(), Generation.javaFiles(output), "no half-generated sources");
  }
}
