package dev.wfi.cli;

import dev.wfi.callback.crypto.CallbackCipher;
import dev.wfi.callback.crypto.CallbackRejectedException;
import dev.wfi.callback.shifts.AnswerJudge;
import dev.wfi.callback.shifts.ShiftsCall;
import dev.wfi.callback.shifts.ShiftsClient;
import dev.wfi.callback.shifts.WfmAnswer;
import dev.wfi.contract.Contract;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wfi simulate}: play Shifts' encrypted callbacks against a WFM endpoint and judge its answers by the contract. */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = Wfi.Version.class,
        description = {"Play Shifts against a WFM connector: encrypted callbacks, answers checked against the contract.",
            "Exit 0 when the endpoint follows the protocol, 1 when it violates it, 2 for a usage or I/O error."})
final class SimulateCommand implements Callable<Integer> {

    enum Format { terminal, json }

    enum ScenarioChoice { connect, shifts, swap, timecards, read, all }

    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "The integration's url; requests go to URL/v{api-version}/...")
    String url;

    @Option(names = "--api-version", defaultValue = "1", paramLabel = "N", description = "The integration's apiVersion (default 1).")
    int apiVersion;

    @Option(names = "--secret-file", required = true, paramLabel = "FILE",
            description = "The integration's encryption secret: 64 bytes of UTF-8, one line.")
    Path secretFile;

    @Option(names = "--team", required = true, paramLabel = "TEAM_ID", description = "The team id in the callback paths.")
    String team;

    @Option(names = "--scenario", defaultValue = "all", paramLabel = "NAME",
            description = "connect, shifts, swap, timecards, read or all (default).")
    ScenarioChoice scenario;

    @Option(names = "--count", defaultValue = "1", paramLabel = "N", description = "Rounds of the scenarios (default 1).")
    int count;

    @Option(names = "--format", defaultValue = "terminal", paramLabel = "FORMAT", description = "terminal (default) or json.")
    Format format;

    @Option(names = "--integration-id", defaultValue = "c5d0c76b-80c4-481c-be50-923cd8d680a1", paramLabel = "ID",
            description = "The workforceIntegration id sent as X-MS-WFMPassthrough on the passthrough request.")
    String integrationId;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS", description = "Time for each whole exchange, answer included (default 10).")
    int timeoutSeconds;

    private final Terminal terminal;

    SimulateCommand() {
        this(Terminal.detect());
    }

    SimulateCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (count < 1 || apiVersion < 1 || timeoutSeconds < 1) {
            return usage(err, "--count, --api-version and --timeout must be at least 1");
        }
        URI base;
        try {
            base = URI.create(url.replaceAll("/+$", "") + "/v" + apiVersion);
            if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme()) || base.getHost() == null) {
                return usage(err, "--url must be an http or https URL, was '" + url + "'");
            }
        } catch (IllegalArgumentException e) {
            return usage(err, "--url is not a URL: " + url);
        }
        CallbackCipher cipher;
        try {
            cipher = CallbackCipher.forSecret(CallbackCipher.readSecretFile(secretFile));
        } catch (IOException e) {
            return usage(err, secretFile + ": " + Failure.describe(e));
        } catch (CallbackRejectedException e) {
            return usage(err, secretFile + ": " + e.getMessage());
        }
        List<SimulateScenario> scenarios = scenario == ScenarioChoice.all ? List.of(SimulateScenario.values())
                : List.of(SimulateScenario.valueOf(scenario.name().toUpperCase()));
        Contract contract = Contract.bundled();
        ShiftsClient client = new ShiftsClient(Duration.ofSeconds(timeoutSeconds), ShiftsClient.DEFAULT_MAX_ANSWER_BYTES);
        AnswerJudge judge = new AnswerJudge(contract);
        SimulateReport report = new SimulateReport();
        long start = System.nanoTime();
        for (int round = 0; round < count; round++) {
            Instant expires = Instant.now().plusSeconds(60);
            for (SimulateScenario s : scenarios) {
                report.scenario(s);
                for (ShiftsCall call : s.calls(contract, team, integrationId, round, expires)) {
                    try {
                        play(client, judge, cipher, base, s, call, report);
                    } catch (ConnectException e) {
                        err.println("wfi: " + base + ": " + ShiftsClient.describe(e));
                        err.flush();
                        return Wfi.USER_ERROR;
                    }
                }
            }
        }
        report.elapsed(System.nanoTime() - start);
        if (format == Format.json) {
            report.printJson(out, base.toString());
        } else {
            report.printTerminal(out, base.toString(), terminal.colour());
        }
        out.flush();
        return report.passed() ? Wfi.OK : Wfi.FINDINGS;
    }

    private static void play(ShiftsClient client, AnswerJudge judge, CallbackCipher cipher, URI base, SimulateScenario scenario,
            ShiftsCall call, SimulateReport report) throws ConnectException {
        String where = "POST " + base.getPath() + call.path() + " (" + call.label() + ")";
        long sent = System.nanoTime();
        WfmAnswer answer;
        try {
            answer = client.send(base, cipher, call);
        } catch (ConnectException e) {
            throw e;
        } catch (IOException e) {
            report.sent(scenario, System.nanoTime() - sent);
            report.fail(scenario, where + ": " + ShiftsClient.describe(e));
            return;
        }
        report.sent(scenario, System.nanoTime() - sent);
        for (String violation : judge.violations(call, answer)) {
            report.fail(scenario, where + ": " + violation);
        }
    }

    private static int usage(PrintWriter err, String message) {
        err.println("wfi: " + message);
        err.flush();
        return Wfi.USER_ERROR;
    }
}
