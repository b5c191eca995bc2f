package dev.wfi.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An enum option's values by their labels: picocli's converter (a label in any case; another value is refused
 * naming the labels) and its completion candidates, in one class so that every enum option reads the same.
 * A subclass per enum gives picocli the no-argument constructor it instantiates.
 */
abstract class EnumOption<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {
    private final E[] values;
    private final Function<E, String> label;

    EnumOption(Class<E> type, Function<E, String> label) {
        this.values = type.getEnumConstants();
        this.label = label;
    }

    @Override
    public E convert(String value) {
        for (E candidate : values) {
            if (label.apply(candidate).equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        throw new TypeConversionException("expected one of "
                + Arrays.stream(values).map(label).collect(Collectors.joining(", ")) + " but was '" + value + "'");
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(values).map(label).iterator();
    }
}
