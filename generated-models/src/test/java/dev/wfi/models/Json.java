package dev.wfi.models;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The mapper a consumer would configure for the models, and the JSON comparisons the tests share. */
final class Json {
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  private Json() {
  }

  static JsonNode resource(String path) {
    try (InputStream in = Json.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The tree as the models carry it: the models don't tell an explicit null from an absent member (openApiNullable is
   * off), so null members are dropped; timestamps compare as instants ("...00.000Z" is written "...00Z").
   */
  static JsonNode normalized(JsonNode node) {
    JsonNode copy = node.deepCopy();
    normalize(copy);
    return copy;
  }

  private static void normalize(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode child = object.get(name);
        if (child.isNull()) {
          object.remove(name);
        } else if (child.isTextual() && isTimestamp(child.asText())) {
          object.put(name, OffsetDateTime.parse(child.asText()).toInstant().toString());
        } else {
          normalize(child);
        }
      }
    } else if (node.isArray()) {
      node.forEach(Json::normalize);
    }
  }

  private static boolean isTimestamp(String text) {
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Renames members wherever they occur below {@code node}, e.g. a documented erratum to the contract's name. */
  static JsonNode renamed(JsonNode node, Map<String, String> names) {
    JsonNode copy = node.deepCopy();
    rename(copy, names);
    return copy;
  }

  private static void rename(JsonNode node, Map<String, String> names) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      names.forEach((from, to) -> {
        if (object.has(from)) {
          object.set(to, object.remove(from));
        }
      });
      object.forEach(child -> rename(child, names));
    } else if (node.isArray()) {
      node.forEach(child -> rename(child, names));
    }
  }
}
