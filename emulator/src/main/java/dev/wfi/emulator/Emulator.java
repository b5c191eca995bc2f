package dev.wfi.emulator;

import com.sun.net.httpserver.HttpServer;
import dev.wfi.contract.Contract;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * A local stand-in for Microsoft Graph's workforceIntegrations API: the stubs generated from the contract,
 * on Jersey and the JDK HTTP server, bound to 127.0.0.1 only. The resource is served under
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
    /** The JDK server warns on every HEAD that Jersey answers with a Content-Length; nothing a user can act on. */
    private static final java.util.logging.Logger JDK_SERVER = java.util.logging.Logger.getLogger("com.sun.net.httpserver");
    private static final int THREADS = 32;

    private final HttpServer server;
    private final ExecutorService executor;
    private final DataDirectory data;
    private final IntegrationStore store;
    private final TokenIssuer tokens;
    private final URI root;

    private Emulator(HttpServer server, ExecutorService executor, DataDirectory data, IntegrationStore store, TokenIssuer tokens,
            URI root) {
        this.server = server;
        this.executor = executor;
        this.data = data;
        this.store = store;
        this.tokens = tokens;
        this.root = root;
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
        JDK_SERVER.setLevel(java.util.logging.Level.SEVERE);
        ServerLog log = new ServerLog(options.log());
        // the lock comes first: a second emulator must not read, let alone rewrite, what the first is writing
        DataDirectory data = options.dataDir() == null ? null : DataDirectory.lock(options.dataDir(), log);
        IntegrationStore store = null;
        try {
            TokenIssuer tokens = TokenIssuer.forKeyFile(options.signingKeyFile());
            Contract contract = Contract.bundled();
            store = data == null ? IntegrationStore.inMemory() : IntegrationStore.open(options.dataDir(), log);
            // without TCP_NODELAY the JDK server's separately written chunks wait for the client's delayed ACK.
            // The JDK reads it once, when the first server is created, so it is set before.
            if (System.getProperty("sun.net.httpserver.nodelay") == null) {
                System.setProperty("sun.net.httpserver.nodelay", "true");
            }
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(LOCALHOST), options.port()), 0);
            URI root = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            ExecutorService executor = Executors.newFixedThreadPool(THREADS, runnable -> {
                Thread thread = new Thread(runnable, "wfi-emulator");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            server.createContext("/", ContainerFactory.createContainer(JdkHttpHandlerContainer.class,
                    application(contract, store, tokens, root, log, options.maxBodyBytes())));
            server.start();
            return new Emulator(server, executor, data, store, tokens, root);
        } catch (IOException | RuntimeException e) {
            if (store != null) {
                store.close();
            }
            if (data != null) {
                data.close();
            }
            throw e;
        }
    }

    private static ResourceConfig application(Contract contract, IntegrationStore store, TokenIssuer tokens, URI root,
            ServerLog log, int maxBodyBytes) {
        EvolvableMembers evolvable = new EvolvableMembers(contract, IntegrationBody.SCHEMA);
        ShiftsCallbacks callbacks = new ShiftsCallbacks(log);
        return new ResourceConfig()
                .register(new WorkforceIntegrationsResource(store, callbacks, root))
                .register(new EmulatorResource(store, new TeamSimulation(contract, callbacks, log)))
                .register(new CurrentRequest())
                .register(new BearerAuth(tokens))
                .register(new ScopeCheck(contract))
                .register(new RequestBodies(new IntegrationBody(contract, evolvable), maxBodyBytes))
                .register(new CheckedBodies())
                .register(new GraphResponses(new IntegrationView(contract, evolvable), root))
                .register(new ErrorMapper(log, store::withoutSecrets))
                // the emulator maps every exception itself; Jackson's mappers would quote the body in their messages
                .register(JacksonFeature.withoutExceptionMappers())
                .register(new Json())
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true)
                .property(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, true);
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
        server.stop(0);
        executor.shutdownNow();
        store.close();
        if (data != null) {
            data.close();
        }
    }
}
