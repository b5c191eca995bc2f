package dev.wfi.cli;

import java.io.Console;
import java.lang.reflect.InvocationTargetException;

/** What the process's terminal allows: ANSI colours on stdout, a progress line on stderr. */
record Terminal(boolean colour, boolean progress) {

    static final Terminal NONE = new Terminal(false, false);

    /** Colours and progress on an interactive terminal; NO_COLOR (https://no-color.org) turns colours off. */
    static Terminal detect() {
        boolean interactive = interactive(System.console());
        String noColour = System.getenv("NO_COLOR");
        return new Terminal(interactive && (noColour == null || noColour.isEmpty()), interactive);
    }

    /**
     * Up to JDK 21 a console exists only when stdin and stdout are a terminal; from JDK 22 there is always
     * one and {@code Console.isTerminal()} (absent from the JDK 17 API we compile against) tells.
     */
    static boolean interactive(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (IllegalAccessException | InvocationTargetException e) {
            return false;
        }
    }
}
