package dev.wfi.contract;

import java.util.List;
import java.util.Optional;

/**
 * What the contract says about one property, after following {@code $ref}, {@code allOf} and arrays.
 *
 * @param name the property name (the last token of the pointer; the schema name for the empty pointer)
 * @param type the JSON type: {@code object}, {@code array}, {@code string}, {@code integer},
 *     {@code number}, {@code boolean}, or {@code ""} when the contract leaves it open
 * @param format the OpenAPI format ({@code int32}, {@code date-time}, {@code uri}, ...) or {@code ""}
 * @param readOnly set by the service; must not be sent in Graph requests
 * @param writeOnly may be sent, never returned (the integration's secret)
 * @param nullable {@code null} is a valid value
 * @param deprecated the contract advises against it
 * @param enumSchema the component enum schema that types the property, if any
 * @param availability the {@code x-wfi-availability} list ({@code v1.0}, {@code beta}, {@code callback});
 *     empty when the property exists everywhere
 * @param typeName the component schema a value is (an object or enum type), or its items are for an array
 */
public record PropertyInfo(
        String name,
        String type,
        String format,
        boolean readOnly,
        boolean writeOnly,
        boolean nullable,
        boolean deprecated,
        Optional<String> enumSchema,
        List<String> availability,
        Optional<String> typeName) {

    public PropertyInfo {
        availability = List.copyOf(availability);
    }
}
