package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import picocli.CommandLine;
import org.junit.jupiter.api.Test;

class WfiTest {

    @Test
    void printsVersionFromTheBuild() {
        Run run = Run.wfi(new Wfi(), "--version");
        assertEquals(0, run.exitCode());
        assertEquals("wfi 0.1.0-SNAPSHOT\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void printsHelpListingTheCommandsAndExitCodes() {
        Run run = Run.wfi(new Wfi(), "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: wfi [-hV] [COMMAND]\n"), run.out());
        assertTrue(run.out().contains("  errata "), run.out());
        assertTrue(run.out().contains("  validate "), run.out());
        assertTrue(run.out().contains("  2   usage or I/O error"), run.out());
    }

    @Test
    void printsErrataHelp() {
        Run run = Run.wfi(new Wfi(), "errata", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--fail-on=LEVEL"), run.out());
        assertTrue(run.out().contains("--format=FORMAT"), run.out());
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = Run.wfi(new Wfi());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Usage: wfi"), run.err());
    }

    @Test
    void unknownOptionIsOneMessageAndAHint() {
        Run run = Run.wfi(new Wfi(), "errata", "--bogus");
        assertEquals(2, run.exitCode());
        assertEquals("wfi: Unknown option: '--bogus'\nTry 'wfi errata --help' for more information.\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void unknownCommandSuggestsTheNearestOne() {
        Run run = Run.wfi(new Wfi(), "erata");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("wfi: Unmatched argument at index 0: 'erata'\n"), run.err());
        assertTrue(run.err().contains("errata"), run.err());
    }

    @Test
    void unexpectedExceptionIsOneInternalErrorLine() {
        Wfi broken = new Wfi((inputs, progress) -> {
            throw new IllegalStateException("engine exploded");
        }, Terminal.NONE);
        Run run = Run.wfi(broken, "errata", "--format", "terminal");
        assertEquals(3, run.exitCode());
        assertEquals("wfi: internal error: java.lang.IllegalStateException: engine exploded\n", run.err());
    }

    @Test
    void plainCommandLineAlsoTreatsUsageErrorsAsExitTwo() {
        Run run = Run.capture(new CommandLine(new Wfi()), "errata", "--fail-on", "sometimes");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("expected one of error, warning, new, never but was 'sometimes'"), run.err());
    }
}
