package dev.wfi.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * Runs openapi-generator as the module's pom does (jaxrs-spec, our templates from the classpath, the same options), for
 * tests that need a generation of their own: a fixture, or a deliberately broken spec.
 */
final class Generation {
  private Generation() {
  }

  static List<Path> generate(Path spec, Path outputDir) {
    // the pom's configurationFile: the supporting files our templates add (ETag.java)
    CodegenConfigurator configurator = CodegenConfigurator.fromFile(Path.of("src/main/generator/files.yaml").toAbsolutePath().toString());
    configurator
        .setGeneratorName("jaxrs-spec")
        .setInputSpec(spec.toString())
        .setOutputDir(outputDir.toString())
        .setTemplateDir("wfi-jaxrs-spec")
        .setModelPackage("dev.wfi.models.model")
        .setApiPackage("dev.wfi.models.api")
        .setValidateSpec(true)
        .addTypeMapping("URI", "String")
        .addTypeMapping("etag", "ETag")
        .addImportMapping("ETag", "dev.wfi.models.model.ETag")
        .addSchemaMapping("wfmRequestItem_body", "com.fasterxml.jackson.databind.JsonNode")
        .addAdditionalProperty("sourceFolder", "src/main/java")
        .addAdditionalProperty("interfaceOnly", true)
        .addAdditionalProperty("useJakartaEe", true)
        .addAdditionalProperty("useBeanValidation", true)
        .addAdditionalProperty("useSwaggerAnnotations", false)
        .addAdditionalProperty("dateLibrary", "java8")
        .addAdditionalProperty("serializableModel", true)
        .addAdditionalProperty("openApiNullable", false)
        .addAdditionalProperty("useTags", true)
        .addAdditionalProperty("hideGenerationTimestamp", true)
        .addGlobalProperty("models", "")
        .addGlobalProperty("apis", "")
        .addGlobalProperty("supportingFiles", "ETag.java")
        .addGlobalProperty("modelTests", "false")
        .addGlobalProperty("modelDocs", "false")
        .addGlobalProperty("apiTests", "false")
        .addGlobalProperty("apiDocs", "false");
    new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
    return javaFiles(outputDir);
  }

  static List<Path> javaFiles(Path dir) {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
