package dev.wfi.emulator;

import dev.wfi.callback.jetty.JerseyServer;
import dev.wfi.callback.jetty.ServerLimits;
import dev.wfi.contract.Contract;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * A local stand-in for Microsoft Graph's workforceIntegrations API and Shifts API: the stubs generated from the contract,
 * on Jersey and Jetty (the callback kit's {@link JerseyServer}: slow or malformed clients delay no one), bound to
 * 127.0.0.1 only. The resource is served under
 * {@code /v1.0/} and {@code /beta/}; the emulator's own endpoints under {@code /_emulator/}.
 * <pre>
 * try (Emulator emulator = Emulator.start(EmulatorOptions.defaults().port(0))) {
 *     String token = emulator.tokens().issue(Set.of("WorkforceIntegration.ReadWrite.All"), true);
 *     URI integrations = emulator.baseUri().resolve("teamwork/workforceIntegrations");
 * }
 * </pre>
 */
public final class Emulator implements AutoCloseable {

    private static final byte[] LOCALHOST = {127, 0, 0, 1};
    /**
     * Jersey warns that a registered resource instance "does not implement any provider interfaces" and
     * serves it all the same (as in the sample WFM service); held here so the logger and its level outlive start().
     */
    private static final java.util.logging.Logger PROVIDER_CHECK =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");
    private static final int THREADS = 32;

    private final JerseyServer server;
    private final DataDirectory data;
    private final IntegrationStore store;
    private final Schedules schedules;
    private final TokenIssuer tokens;
    private final URI root;

    private Emulator(JerseyServer server, DataDirectory data, IntegrationStore store, Schedules schedules, TokenIssuer tokens) {
        this.server = server;
        this.data = data;
        this.store = store;
        this.schedules = schedules;
        this.tokens = tokens;
        this.root = rootAt(server.port());
    }

    /**
     * Starts serving on 127.0.0.1 at {@code options.port()}, after replaying the journal of {@code options.dataDir()}.
     *
     * @throws java.net.BindException when the port is in use
     * @throws java.nio.file.FileSystemException "in use by another wfi serve (pid N)" when another emulator holds the data directory
     * @throws IOException when the key file or the journal cannot be read or written
     */
    public static Emulator start(EmulatorOptions options) throws IOException {
        PROVIDER_CHECK.setLevel(java.util.logging.Level.SEVERE);
        ServerLog log = new ServerLog(options.log());
        // the lock comes first: a second emulator must not read, let alone rewrite, what the first is writing
        DataDirectory data = options.dataDir() == null ? null : DataDirectory.lock(options.dataDir(), log);
        IntegrationStore store = null;
        Schedules schedules = null;
        try {
            TokenIssuer tokens = TokenIssuer.forKeyFile(options.signingKeyFile(), options.clockSkew());
            Contract contract = Contract.bundled();
            store = data == null ? IntegrationStore.inMemory() : IntegrationStore.open(options.dataDir(), log);
            schedules = data == null ? Schedules.inMemory() : Schedules.open(options.dataDir(), log);
            IntegrationStore stored = store;
            Schedules scheduled = schedules;
            JerseyServer server = JerseyServer.start(port -> application(contract, stored, scheduled, tokens, rootAt(port), log,
                            options.maxBodyBytes()),
                    new InetSocketAddress(InetAddress.getByAddress(LOCALHOST), options.port()),
                    ServerLimits.defaults().requestTimeout(options.requestTimeout()).maxBodyBytes(options.maxBodyBytes())
                            .threads(THREADS), GraphError::serverAnswer, log::line);
            return new Emulator(server, data, store, schedules, tokens);
        } catch (IOException | RuntimeException e) {
            if (store != null) {
                store.close();
            }
            if (schedules != null) {
                schedules.close();
            }
            if (data != null) {
                data.close();
            }
            throw e;
        }
    }

    private static ResourceConfig application(Contract contract, IntegrationStore store, Schedules schedules, TokenIssuer tokens,
            URI root, ServerLog log, int maxBodyBytes) {
        EvolvableMembers evolvable = new EvolvableMembers(contract, EntityBody.INTEGRATION);
        ShiftsCallbacks callbacks = new ShiftsCallbacks(log);
        ScheduleOperations operations = new ScheduleOperations(contract, schedules, store,
                new ScheduleCallbacks(contract, store, callbacks, log));
        return new ResourceConfig()
                .register(new WorkforceIntegrationsResource(store, callbacks, root))
                .registerInstances(ScheduleResources.all(operations).toArray())
                .register(new EmulatorResource(store, new TeamSimulation(contract, callbacks, log), operations))
                .register(new CurrentRequest())
                .register(new BearerAuth(tokens))
                .register(new ScopeCheck(contract))
                .register(new RequestBodies(new EntityBody(contract, EntityBody.INTEGRATION, evolvable), new ScheduleBodies(contract),
                        maxBodyBytes))
                .register(new CheckedBodies())
                .register(new GraphResponses(new EntityView(contract, EntityBody.INTEGRATION, evolvable), root))
                .register(new ScheduleResponses(contract, root))
                .register(new ErrorMapper(log, store::withoutSecrets, new RequestEcho(contract)))
                // the emulator maps every exception itself; Jackson's mappers would quote the body in their messages
                .register(JacksonFeature.withoutExceptionMappers())
                .register(new Json())
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true)
                .property(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, true);
    }

    private static URI rootAt(int port) {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** {@code http://127.0.0.1:PORT/v1.0/}; the resource is at {@code baseUri().resolve("teamwork/workforceIntegrations")}. */
    public URI baseUri() {
        return root.resolve(Versions.V1 + "/");
    }

    /** Issues tokens this emulator accepts (and, sharing its key file, so does {@code wfi token}). */
    public TokenIssuer tokens() {
        return tokens;
    }

    /** Stops serving at once and closes the journal; every acknowledged write is already on disk. */
    @Override
    public void close() {
        server.close();
        store.close();
        schedules.close();
        if (data != null) {
            data.close();
        }
    }
}
