package dev.wfi.contract;

import java.util.Objects;

/**
 * One way in which a JSON value breaks a schema of the contract.
 *
 * @param pointer JSON pointer into the validated value ({@code ""} for the value itself)
 * @param keyword what was broken: {@code type}, {@code enum} (plain and flag enums alike),
 *     {@code format}, {@code required}, {@code additionalProperties} (an unknown property; the
 *     pointer names the property), {@code minimum}, {@code maximum}, {@code minLength},
 *     {@code maxLength}, {@code pattern}, {@code minItems}, {@code anyOf}, or another JSON Schema keyword
 * @param message a sentence for a documentation writer, starting with the pointer
 *     ({@code (root)} for the value itself), for example
 *     {@code /supports: unknown member 'supports-value'; allowed: none, shift, swapRequest, ...}
 * @param meant for an unknown property a letter or two off a declared one, or cased otherwise: that one; else null
 */
public record SchemaViolation(String pointer, String keyword, String message, String meant) {
    public SchemaViolation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(message, "message");
    }

    public SchemaViolation(String pointer, String keyword, String message) {
        this(pointer, keyword, message, null);
    }
}
