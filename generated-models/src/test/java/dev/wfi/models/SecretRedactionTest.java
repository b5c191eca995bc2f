package dev.wfi.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wfi.models.model.WorkforceIntegration;
import dev.wfi.models.model.WorkforceIntegrationEncryption;
import java.beans.Introspector;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** toString() of every generated model redacts the contract's writeOnly properties (the secret). */
class SecretRedactionTest {
  private static final String MODEL_PACKAGE = WorkforceIntegration.class.getPackageName();
  private static final String SECRET_SENTINEL = "SECRET-SENTINEL";
  private static final String PLAIN_SENTINEL = "PLAIN-SENTINEL";

  @Test
  void noModelPrintsAWriteOnlyProperty() throws Exception {
    Set<String> writeOnly = Contract.writeOnlyProperties();
    assertTrue(writeOnly.contains("secret"), "the contract marks encryption.secret writeOnly: " + writeOnly);

    List<Class<?>> models = modelClasses();
    assertTrue(models.size() > 5, "found the generated models: " + models);
    boolean printedSomething = false;
    for (Class<?> model : models) {
      String printed = populated(model, writeOnly, 0).toString();
      assertFalse(printed.contains(SECRET_SENTINEL), model.getSimpleName() + " printed a writeOnly value:\n" + printed);
      printedSomething |= printed.contains(PLAIN_SENTINEL);
    }
    assertTrue(printedSomething, "no model printed any String property, so the check above proves nothing");
  }

  @Test
  void printsTheSecretAsStars() {
    WorkforceIntegrationEncryption encryption = new WorkforceIntegrationEncryption().secret("My Secret");
    String printed = new WorkforceIntegration().displayName("ABC").encryption(encryption).toString();
    assertTrue(printed.contains("secret: ***"), printed);
    assertTrue(printed.contains("displayName: ABC"), printed);
    assertFalse(printed.contains("My Secret"), printed);
  }

  @Test
  void readsAResponseWhoseSecretIsNull() throws Exception {
    WorkforceIntegration read = Json.MAPPER.readValue(
        "{\"id\":\"c5d0c76b\",\"encryption\":{\"protocol\":\"sharedSecret\",\"secret\":null}}", WorkforceIntegration.class);
    assertNull(read.getEncryption().getSecret());
    assertEquals("sharedSecret", read.getEncryption().getProtocol().toString());
  }

  /** Every generated POJO: a public class in the model package with a public no-argument constructor, not an enum or flag set. */
  private static List<Class<?>> modelClasses() throws URISyntaxException, Exception {
    Path root = Path.of(WorkforceIntegration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = root.resolve(MODEL_PACKAGE.replace('.', '/'));
    List<Class<?>> models = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$")) {
          continue;
        }
        Class<?> type = Class.forName(MODEL_PACKAGE + "." + name.substring(0, name.length() - ".class".length()));
        if (isPojo(type)) {
          models.add(type);
        }
      }
    }
    return models;
  }

  private static boolean isPojo(Class<?> type) {
    if (type.isEnum() || type.isInterface() || Modifier.isAbstract(type.getModifiers()) || Iterable.class.isAssignableFrom(type)) {
      return false;
    }
    try {
      type.getConstructor();
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** An instance whose String properties hold sentinels and whose model-typed properties are populated the same way. */
  private static Object populated(Class<?> type, Set<String> writeOnly, int depth) throws Exception {
    Object instance = type.getConstructor().newInstance();
    for (Method setter : type.getMethods()) {
      if (!setter.getName().startsWith("set") || setter.getParameterCount() != 1) {
        continue;
      }
      String property = Introspector.decapitalize(setter.getName().substring(3));
      Class<?> parameter = setter.getParameterTypes()[0];
      if (parameter == String.class) {
        setter.invoke(instance, (writeOnly.contains(property) ? SECRET_SENTINEL : PLAIN_SENTINEL) + ":" + property);
      } else if (depth < 3 && parameter.getPackageName().equals(MODEL_PACKAGE) && isPojo(parameter)) {
        setter.invoke(instance, populated(parameter, writeOnly, depth + 1));
      }
    }
    return instance;
  }
}
