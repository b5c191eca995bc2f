package dev.wfi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code wfi} command. Exit codes: 0 ok, 1 findings at or above the threshold (or an invalid payload),
 * 2 usage or I/O error, 3 a bug in wfi.
 */
@Command(name = "wfi", mixinStandardHelpOptions = true, versionProvider = Wfi.Version.class,
        description = "Contract-first tooling for the Microsoft Graph workforceIntegration API.",
        subcommands = {ErrataCommand.class, ValidateCommand.class, LintCommand.class, DiffCommand.class, SimulateCommand.class,
            ServeCommand.class, TokenCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:findings at or above --fail-on, or an invalid payload", "2:usage or I/O error",
            "3:internal error (a bug in wfi)"})
public final class Wfi implements Callable<Integer> {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USER_ERROR = 2;
    static final int INTERNAL_ERROR = 3;

    final Checker checker;
    final Terminal terminal;

    @Spec
    CommandSpec spec;

    /** The command as run from the jar: the real engine and the real terminal. */
    public Wfi() {
        this(Checker.engine(), Terminal.detect());
    }

    Wfi(Checker checker, Terminal terminal) {
        this.checker = checker;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        System.exit(commandLine(new Wfi()).execute(args));
    }

    /** The command line with wfi's error handling: one line per user mistake, never a stack trace. */
    static CommandLine commandLine(Wfi wfi) {
        CommandLine commandLine = new CommandLine(wfi);
        commandLine.setParameterExceptionHandler(Wfi::usageError);
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> internalError(exception, command));
        // picocli hands only exceptions to the handler; an error (a stack or heap exhausted) would end in a trace
        commandLine.setExecutionStrategy(parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (StackOverflowError | OutOfMemoryError error) {
                return internalError(error, parseResult.commandSpec().commandLine());
            }
        });
        return commandLine;
    }

    private static int internalError(Throwable problem, CommandLine command) {
        PrintWriter err = command.getErr();
        err.println("wfi: internal error: " + String.valueOf(problem).replace('\n', ' '));
        if (System.getenv("WFI_DEBUG") != null) {
            problem.printStackTrace(err);
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    private static int usageError(ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("wfi: " + exception.getMessage());
        UnmatchedArgumentException.printSuggestions(exception, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return USER_ERROR;
    }

    /** {@code wfi} alone: the usage, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USER_ERROR;
    }

    /** "wfi 0.1.0", read from the resource the build filters. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            return new String[] {"wfi " + version()};
        }

        static String version() throws IOException {
            try (InputStream in = Wfi.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new IOException("version.properties is missing from the wfi jar");
                }
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version");
            }
        }
    }
}
