package dev.wfi.speccheck.lint;

import dev.wfi.report.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Each {@code {name}} of a path template is a declared path parameter, and each path parameter is in the template. */
final class PathParameterRule implements LintRule {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");

    @Override
    public String id() {
        return "WFI-SPEC-PATH-PARAMETER";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String hint() {
        return "declare a parameter with in: path and required: true for each {name} of the path, and no others";
    }

    @Override
    public void check(SpecDocument spec, Sink sink) {
        for (SpecDocument.Operation operation : spec.operations()) {
            Set<String> template = new LinkedHashSet<>();
            Matcher matcher = TEMPLATE.matcher(operation.pathKey());
            while (matcher.find()) {
                template.add(matcher.group(1));
            }
            Map<String, String> declared = new LinkedHashMap<>();
            String pathPointer = operation.pointer().substring(0, operation.pointer().lastIndexOf('/'));
            collect(spec, operation.pathItem().path("parameters"), pathPointer + "/parameters", declared);
            collect(spec, operation.node().path("parameters"), operation.pointer() + "/parameters", declared);
            for (String name : template) {
                if (!declared.containsKey(name)) {
                    sink.report(operation.pointer(), operation.label() + " does not declare path parameter '" + name + "'");
                }
            }
            declared.forEach((name, pointer) -> {
                if (!template.contains(name)) {
                    sink.report(pointer, operation.label() + " declares path parameter '" + name
                            + "' that is not in the path");
                }
            });
        }
    }

    private static void collect(SpecDocument spec, JsonNode parameters, String pointer, Map<String, String> declared) {
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode parameter = spec.resolve(parameters.get(i));
            if ("path".equals(parameter.path("in").asText())) {
                declared.put(parameter.path("name").asText(), pointer + '/' + i);
            }
        }
    }

    static List<String> names(String path) {
        return TEMPLATE.matcher(path).results().map(result -> result.group(1)).toList();
    }
}
