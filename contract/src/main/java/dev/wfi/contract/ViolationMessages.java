package dev.wfi.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns the validator's errors into violations a documentation writer can act on. */
final class ViolationMessages {
    private static final String DEFS_FRAGMENT = "/$defs/";
    private static final int MAX_SHOWN_VALUE = 60;

    private final Map<String, List<String>> flagMembers;
    private final SchemaWalker walker;

    ViolationMessages(Map<String, List<String>> flagMembers, SchemaWalker walker) {
        this.flagMembers = flagMembers;
        this.walker = walker;
    }

    List<SchemaViolation> describe(String root, JsonNode instance, List<Error> errors) {
        List<SchemaViolation> violations = new ArrayList<>(errors.size());
        Set<String> failedPointers = new LinkedHashSet<>();
        for (Error error : errors) {
            if (!"unevaluatedProperties".equals(error.getKeyword())) {
                failedPointers.add(pointer(error.getInstanceLocation()));
            }
        }
        Set<SchemaViolation> seen = new LinkedHashSet<>();
        Set<String> badFormats = new LinkedHashSet<>();
        for (Error error : errors) {
            SchemaViolation violation = describe(root, instance, error, failedPointers);
            if (violation != null && seen.add(violation)) {
                violations.add(violation);
                if (violation.keyword().equals("format")) {
                    badFormats.add(violation.pointer());
                }
            }
        }
        // a value that is not of its format fails the pattern that narrows the format too: say it once
        violations.removeIf(v -> v.keyword().equals("pattern") && badFormats.contains(v.pointer()));
        return violations;
    }

    private SchemaViolation describe(String root, JsonNode instance, Error error, Set<String> failedPointers) {
        String pointer = pointer(error.getInstanceLocation());
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        JsonNode value = error.getInstanceNode();
        JsonNode schemaValue = error.getSchemaNode();
        switch (keyword) {
            case "unevaluatedProperties", "additionalProperties": {
                String property = error.getProperty();
                String propertyPointer = pointer + "/" + SchemaWalker.escape(property);
                // a property whose value failed is reported by that failure, not as unknown
                for (String failed : failedPointers) {
                    if (failed.equals(propertyPointer) || failed.startsWith(propertyPointer + "/")) {
                        return null;
                    }
                }
                List<String> allowed = walker.propertyNames(root, pointer, instance);
                // a declared property is only "unevaluated" because a sibling failed inside the same allOf branch
                if (allowed.contains(property)) {
                    return null;
                }
                java.util.Optional<String> meant = Names.meant(property, allowed);
                String message = "unknown property '" + property + "'"
                        + meant.map(m -> "; it is '" + m + "'").orElse(allowed.isEmpty() ? "" : "; allowed: " + String.join(", ", allowed));
                return new SchemaViolation(propertyPointer, "additionalProperties", propertyPointer + ": " + message,
                        meant.orElse(null));
            }
            case "pattern": {
                String flagEnum = flagEnumOf(error);
                if (flagEnum != null) {
                    return violation(pointer, "enum", flagMessage(value, flagMembers.get(flagEnum)));
                }
                return violation(pointer, keyword, show(value) + " does not match the pattern " + text(schemaValue));
            }
            case "enum":
                return violation(pointer, keyword, "unknown value " + show(value) + "; allowed: " + members(schemaValue));
            case "type":
                return violation(pointer, keyword, "expected " + types(schemaValue) + ", found "
                        + jsonType(value) + (value == null || value.isContainerNode() ? "" : " " + show(value)));
            case "format":
                return violation(pointer, keyword, show(value) + " " + formatMessage(text(schemaValue)));
            case "required":
                return violation(pointer, keyword, "missing required property '" + requiredName(error) + "'");
            case "minimum", "exclusiveMinimum":
                return violation(pointer, keyword, show(value) + " is below the minimum " + text(schemaValue));
            case "maximum", "exclusiveMaximum":
                return violation(pointer, keyword, show(value) + " is above the maximum " + text(schemaValue));
            case "minLength", "maxLength": {
                // a length the schema fixes at both ends is one length (the secret's 64)
                boolean exact = walker.walk(root, pointer, instance).map(SchemaWalker.Step::schema)
                        .filter(s -> s.getMinLength() != null && s.getMinLength().equals(s.getMaxLength())).isPresent();
                String bound = exact ? "exactly " : keyword.equals("minLength") ? "at least " : "at most ";
                return violation(pointer, keyword, "must be " + bound + text(schemaValue) + " characters, found "
                        + (value == null ? 0 : value.asText().codePointCount(0, value.asText().length())));
            }
            case "minItems":
                return violation(pointer, keyword, "must have at least " + text(schemaValue) + " item(s)");
            case "anyOf", "oneOf":
                return violation(pointer, keyword, "matches none of the schemas allowed here");
            default:
                return violation(pointer, keyword, error.getMessage());
        }
    }

    private String flagEnumOf(Error error) {
        String location = String.valueOf(error.getSchemaLocation());
        int defs = location.lastIndexOf(DEFS_FRAGMENT);
        if (defs < 0 || !location.endsWith("/pattern")) {
            return null;
        }
        String name = location.substring(defs + DEFS_FRAGMENT.length(), location.length() - "/pattern".length());
        return flagMembers.containsKey(name) ? name : null;
    }

    /** Names each member that is not one of the enum's, compared as the pattern compares them. */
    static String flagMessage(JsonNode value, List<String> members) {
        String text = value == null ? "" : value.asText();
        List<String> unknown = new ArrayList<>();
        boolean empty = false;
        for (String raw : text.split(",", -1)) {
            String member = raw.strip();
            if (member.isEmpty()) {
                empty = true;
            } else if (members.stream().noneMatch(m -> m.equalsIgnoreCase(member))) {
                unknown.add("'" + member + "'");
            }
        }
        String allowed = "; allowed: " + String.join(", ", members);
        if (!unknown.isEmpty()) {
            return "unknown member" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown) + allowed;
        }
        if (empty) {
            return "empty member in " + show(value) + " (use 'none' for the empty set)" + allowed;
        }
        return show(value) + " is not a comma-separated set of members" + allowed;
    }

    private static String requiredName(Error error) {
        if (error.getProperty() != null) {
            return error.getProperty();
        }
        Object[] arguments = error.getArguments();
        return arguments != null && arguments.length > 0 ? String.valueOf(arguments[0]) : "?";
    }

    private static String formatMessage(String format) {
        return switch (format) {
            case "uri" -> "is not an absolute URI (a scheme such as https:// and a host are required)";
            case "date-time" -> "is not an RFC 3339 date-time such as 2019-03-18T00:00:00Z";
            case "date" -> "is not an RFC 3339 date such as 2019-03-18";
            case "uuid" -> "is not a UUID such as f47ac10b-58cc-4372-a567-0e02b2c3d479";
            default -> "is not a valid " + format;
        };
    }

    private static String members(JsonNode schemaValue) {
        List<String> members = new ArrayList<>();
        if (schemaValue != null && schemaValue.isArray()) {
            schemaValue.forEach(member -> {
                if (!member.isNull()) {
                    members.add(member.asText());
                }
            });
        }
        return String.join(", ", members);
    }

    private static String types(JsonNode schemaValue) {
        if (schemaValue == null) {
            return "?";
        }
        if (schemaValue.isArray()) {
            List<String> types = new ArrayList<>();
            schemaValue.forEach(type -> types.add(type.asText()));
            return String.join(" or ", types);
        }
        return schemaValue.asText();
    }

    private static String jsonType(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode node) {
        return node == null ? "?" : node.isTextual() ? node.asText() : node.toString();
    }

    static String show(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        String shown = value.isTextual() ? "'" + value.asText() + "'" : value.toString();
        return shown.length() > MAX_SHOWN_VALUE ? shown.substring(0, MAX_SHOWN_VALUE) + "..." : shown;
    }

    private static SchemaViolation violation(String pointer, String keyword, String message) {
        return new SchemaViolation(pointer, keyword, (pointer.isEmpty() ? "(root)" : pointer) + ": " + message);
    }

    static String pointer(NodePath path) {
        if (path == null) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(SchemaWalker.escape(String.valueOf(path.getElement(i))));
        }
        return pointer.toString();
    }
}
