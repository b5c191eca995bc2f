package dev.wfi.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of {@code wfi} with its streams captured. */
record Run(int exitCode, String out, String err) {

    static Run wfi(Wfi wfi, String... args) {
        return capture(Wfi.commandLine(wfi), args);
    }

    static Run capture(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
