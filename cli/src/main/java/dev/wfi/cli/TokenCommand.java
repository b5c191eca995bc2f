package dev.wfi.cli;

import dev.wfi.emulator.EmulatorOptions;
import dev.wfi.emulator.TokenIssuer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wfi token}: an access token for {@code wfi serve}, signed with the key the emulator checks. */
@Command(name = "token", mixinStandardHelpOptions = true, versionProvider = Wfi.Version.class,
        description = {"Print an access token (a signed JWT) for wfi serve: Authorization: Bearer $(./wfi token --scopes ...).",
            "Exit 0 ok, 2 for a usage or I/O error."})
final class TokenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scopes", required = true, split = ",", paramLabel = "SCOPE",
            description = "Permissions, comma-separated: WorkforceIntegration.ReadWrite.All (every operation), "
                    + "WorkforceIntegration.Read.All (get and list).")
    List<String> scopes;

    @Option(names = "--app", description = "An application token (roles) instead of a delegated one (scp).")
    boolean application;

    @Option(names = "--data", paramLabel = "DIR", description = "The --data of wfi serve: use its signing key.")
    Path data;

    @Option(names = "--key-file", paramLabel = "FILE", description = "The --key-file of wfi serve.")
    Path keyFile;

    @Option(names = "--lifetime", defaultValue = "60", paramLabel = "MINUTES", description = "Minutes until it expires (default 60).")
    long lifetimeMinutes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<String> granted = new LinkedHashSet<>();
        scopes.forEach(scope -> {
            if (!scope.isBlank()) {
                granted.add(scope.strip());
            }
        });
        if (granted.isEmpty() || lifetimeMinutes < 1) {
            err.println("wfi: --scopes needs at least one scope and --lifetime at least 1 minute");
            err.flush();
            return Wfi.USER_ERROR;
        }
        Path key = EmulatorOptions.defaults().dataDir(data).keyFile(keyFile).signingKeyFile();
        TokenIssuer issuer;
        try {
            issuer = TokenIssuer.forKeyFile(key);
        } catch (IOException e) {
            err.println("wfi: " + ServeCommand.describe(e));
            err.flush();
            return Wfi.USER_ERROR;
        }
        out.println(issuer.issue(granted, application, Duration.ofMinutes(lifetimeMinutes)));
        out.flush();
        return Wfi.OK;
    }
}
