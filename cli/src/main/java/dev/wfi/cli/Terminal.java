package dev.wfi.cli;

/** What the process's terminal allows: ANSI colours on stdout, a progress line on stderr. */
record Terminal(boolean colour, boolean progress) {

    static final Terminal NONE = new Terminal(false, false);

    /**
     * {@link System#console()} is non-null only when stdin and stdout are a terminal, which also keeps the
     * progress line out of redirected runs; NO_COLOR (https://no-color.org) turns colours off.
     */
    static Terminal detect() {
        boolean interactive = System.console() != null;
        String noColour = System.getenv("NO_COLOR");
        return new Terminal(interactive && (noColour == null || noColour.isEmpty()), interactive);
    }
}
