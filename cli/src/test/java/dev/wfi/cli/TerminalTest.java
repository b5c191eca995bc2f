package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class TerminalTest {

    @Test
    void noConsoleMeansNoColourAndNoProgress() {
        assertFalse(Terminal.interactive(null));
    }

    @Test
    void testsRunWithoutATerminal() {
        // surefire redirects every stream: on any JDK, 17 or 22+, detection must say so
        Terminal terminal = Terminal.detect();
        assertFalse(terminal.colour());
        assertFalse(terminal.progress());
    }
}
