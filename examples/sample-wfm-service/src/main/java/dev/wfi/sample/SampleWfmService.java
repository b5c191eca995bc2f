package dev.wfi.sample;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.wfi.callback.crypto.CallbackCipher;
import dev.wfi.callback.crypto.CallbackRejectedException;
import dev.wfi.callback.jaxrs.WfmCallbacks;
import dev.wfi.callback.jetty.ErrorBody;
import dev.wfi.callback.jetty.JerseyServer;
import dev.wfi.callback.jetty.ServerLimits;
import jakarta.ws.rs.ext.ContextResolver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * A WFM connector on the generated stubs: Jersey on Jetty (the callback kit's {@link JerseyServer}), bound to 127.0.0.1, serving
 * {@code http://127.0.0.1:PORT/v1/connect}, {@code /v1/teams/{teamId}/update} and {@code /v1/teams/{teamId}/read}.
 * <pre>java -jar sample-wfm-service.jar --secret-file secret.txt [--port 8080] [--max-body-bytes N]</pre>
 */
public final class SampleWfmService implements AutoCloseable {

    /**
     * Jersey warns that a registered resource instance "does not implement any provider interfaces" and
     * serves it all the same; kept here so the logger, and its level, outlive start().
     */
    private static final java.util.logging.Logger PROVIDER_CHECK =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    private final JerseyServer server;
    private final ScheduleStore store;

    private SampleWfmService(JerseyServer server, ScheduleStore store) {
        this.server = server;
        this.store = store;
    }

    /** Starts the service on 127.0.0.1 ({@code port} 0: any free port). */
    public static SampleWfmService start(int port, CallbackCipher cipher, int maxBodyBytes) throws IOException {
        PROVIDER_CHECK.setLevel(java.util.logging.Level.SEVERE);
        ScheduleStore store = new ScheduleStore();
        ResourceConfig config = new ResourceConfig()
                .register(new SampleWfmResource(store))
                .register(new WfmCallbacks(cipher).maxBodyBytes(maxBodyBytes))
                // the kit maps exceptions itself; Jackson's own mappers would quote the decrypted body
                .register(JacksonFeature.withoutExceptionMappers())
                .register(new ObjectMapperResolver(MAPPER))
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        // the callback kit's Jetty server: slow or malformed clients hold no thread and are cut off in time
        JerseyServer server = JerseyServer.start(config, new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                ServerLimits.defaults().maxBodyBytes(maxBodyBytes).threads(8), ErrorBody.PLAIN,
                line -> System.err.println("sample WFM service: " + line));
        return new SampleWfmService(server, store);
    }

    /** The integration's {@code url}: Shifts appends {@code /v1/...}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /**
     * The connector's Graph side, on the same schedule: what the WFM decides reaches Teams through Graph at
     * {@code graph} ({@code https://graph.microsoft.com/v1.0}, or {@code wfi serve}'s {@code http://127.0.0.1:8080/v1.0}).
     *
     * @param token an access token with {@code Schedule.ReadWrite.All}
     * @param integrationId the connector's workforce integration, sent as {@code X-MS-WFMPassthrough}
     */
    public GraphSync graph(URI graph, String token, String integrationId) {
        return new GraphSync(store, MAPPER, graph, token, integrationId);
    }

    /** What the WFM holds of a team: its entities of one kind (the callback url's first segment: shifts, swapRequests...). */
    public List<JsonNode> entities(String teamId, String kind) {
        return store.bodies(teamId, kind);
    }

    @Override
    public void close() {
        server.close();
    }

    public static void main(String[] args) throws Exception {
        int port = 8080;
        int maxBodyBytes = WfmCallbacks.DEFAULT_MAX_BODY_BYTES;
        Path secretFile = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--secret-file" -> secretFile = Path.of(args[i + 1]);
                case "--max-body-bytes" -> maxBodyBytes = Integer.parseInt(args[i + 1]);
                default -> usage("unknown option " + args[i]);
            }
        }
        if (secretFile == null) {
            usage("--secret-file is required");
        }
        CallbackCipher cipher;
        try {
            cipher = CallbackCipher.forSecret(CallbackCipher.readSecretFile(secretFile));
        } catch (CallbackRejectedException e) {
            usage(secretFile + ": " + e.getMessage());
            return;
        }
        SampleWfmService service = start(port, cipher, maxBodyBytes);
        System.out.println("sample WFM service: " + service.url() + "/v1 (Ctrl-C stops it)");
        Runtime.getRuntime().addShutdownHook(new Thread(service::close));
        Thread.currentThread().join();
    }

    private static void usage(String problem) {
        System.err.println("sample-wfm-service: " + problem);
        System.err.println("usage: java -jar sample-wfm-service.jar --secret-file FILE [--port N] [--max-body-bytes N]");
        System.exit(2);
    }

    /** The service's JSON: Graph's times as ISO 8601 text, unknown annotations ignored, unset properties not sent. */
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    static final class ObjectMapperResolver implements ContextResolver<ObjectMapper> {
        private final ObjectMapper mapper;

        ObjectMapperResolver(ObjectMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }
}
