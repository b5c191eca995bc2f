package dev.wfi.errata.extract;

import dev.wfi.errata.InputError;

import java.util.List;
import java.util.Optional;

/**
 * A page of a run before it is read: the engine reads each when it checks it and keeps none, so a run's memory does
 * not grow with the number of pages. A page that cannot be read adds its {@link InputError} and gives nothing.
 */
public interface PageInput {

    /** The path the reports show. */
    String shownAs();

    Optional<SourceText> read(List<InputError> errors);

    /** The file the page is read from; empty for a page already in memory or inside the tool's jar. */
    default Optional<java.nio.file.Path> file() {
        return Optional.empty();
    }

    /** A page already in memory. */
    static PageInput of(SourceText text) {
        return new PageInput() {
            @Override
            public String shownAs() {
                return text.path();
            }

            @Override
            public Optional<SourceText> read(List<InputError> errors) {
                return Optional.of(text);
            }
        };
    }
}
