package dev.wfi.report;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An option value users type: a label, and other spellings accepted for it. */
public interface Labelled {

    String label();

    /** Other names accepted for this value, for example {@code md} for {@code markdown}. */
    default List<String> aliases() {
        return List.of();
    }

    /** The value named {@code text} (its label or an alias, in any case), or an exception naming the labels. */
    static <E extends Labelled> E parse(List<E> values, String text) {
        return parse(values, Labelled::label, text);
    }

    /** As {@link #parse(List, String)}, where a command names the values its own way ({@code breaking} for error). */
    static <E extends Labelled> E parse(List<E> values, Function<E, String> label, String text) {
        for (E value : values) {
            if (label.apply(value).equalsIgnoreCase(text) || value.aliases().stream().anyMatch(text::equalsIgnoreCase)) {
                return value;
            }
        }
        throw new IllegalArgumentException("expected one of "
                + values.stream().map(label).collect(Collectors.joining(", ")) + " but was '" + text + "'");
    }

    /** Every constant of an enum of labelled values. */
    static <E extends Enum<E> & Labelled> List<E> all(Class<E> type) {
        return Arrays.asList(type.getEnumConstants());
    }
}
