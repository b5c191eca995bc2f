package dev.wfi.models;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The spec the models were generated from (the build passes its path as {@code wfi.spec}). */
final class Contract {
  private Contract() {
  }

  static Path spec() {
    String path = System.getProperty("wfi.spec");
    if (path == null) {
      throw new IllegalStateException("system property wfi.spec is not set; run the tests through Maven");
    }
    return Path.of(path);
  }

  /** Names of the properties the contract marks writeOnly, in any schema. */
  static Set<String> writeOnlyProperties() {
    OpenAPI api = new OpenAPIV3Parser().read(spec().toString());
    Set<String> names = new TreeSet<>();
    api.getComponents().getSchemas().values().forEach(schema -> collectWriteOnly(schema, names));
    return names;
  }

  @SuppressWarnings("rawtypes")
  private static void collectWriteOnly(Schema<?> schema, Set<String> names) {
    if (schema.getProperties() != null) {
      for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
        if (Boolean.TRUE.equals(property.getValue().getWriteOnly())) {
          names.add(property.getKey());
        }
      }
    }
    if (schema.getAllOf() != null) {
      for (Schema<?> part : schema.getAllOf()) {
        collectWriteOnly(part, names);
      }
    }
  }
}
