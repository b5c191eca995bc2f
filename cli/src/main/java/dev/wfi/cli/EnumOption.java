package dev.wfi.cli;

import dev.wfi.report.Labelled;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An option's values by their labels: picocli's converter (a label or alias in any case; another value is refused
 * naming the labels) and its completion candidates, in one class so that every such option reads the same.
 * A subclass per option gives picocli the no-argument constructor it instantiates.
 */
abstract class EnumOption<E extends Labelled> implements ITypeConverter<E>, Iterable<String> {
    private final List<E> values;
    private final Function<E, String> label;

    EnumOption(List<E> values) {
        this(values, Labelled::label);
    }

    EnumOption(List<E> values, Function<E, String> label) {
        this.values = List.copyOf(values);
        this.label = label;
    }

    @Override
    public E convert(String value) {
        try {
            return Labelled.parse(values, label, value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    @Override
    public Iterator<String> iterator() {
        return values.stream().map(label).iterator();
    }
}
