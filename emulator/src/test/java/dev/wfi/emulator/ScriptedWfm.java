package dev.wfi.emulator;

import dev.wfi.callback.crypto.CallbackCipher;
import dev.wfi.callback.jaxrs.WfmCallbacks;
import dev.wfi.callback.jetty.ErrorBody;
import dev.wfi.callback.jetty.JerseyServer;
import dev.wfi.callback.jetty.ServerLimits;
import dev.wfi.models.api.WfmApi;
import dev.wfi.models.model.ConnectRequest;
import dev.wfi.models.model.WfmBatchRequest;
import dev.wfi.models.model.WfmBatchResponse;
import dev.wfi.models.model.WfmRequestItem;
import dev.wfi.models.model.WfmResponseBody;
import dev.wfi.models.model.WfmResponseError;
import dev.wfi.models.model.WfmResponseItem;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * A WFM endpoint on the callback kit whose decisions a test scripts: each update item gets the status {@code decide}
 * gives it, each read item the ids {@code eligible} gives it. Every call it receives is recorded, decrypted, with its
 * {@code X-MS-WFMPassthrough}.
 */
final class ScriptedWfm implements AutoCloseable {

    /** One call as received. */
    record Call(String path, String teamId, String passthrough, List<WfmRequestItem> items) {
    }

    /** Jersey warns that a resource instance implements no provider interface, and serves it all the same. */
    private static final java.util.logging.Logger PROVIDER_CHECK =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    private final JerseyServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile Function<WfmRequestItem, Integer> decide = item -> 200;
    private volatile Function<WfmRequestItem, List<String>> eligible = item -> List.of();

    private ScriptedWfm(CallbackCipher cipher) throws IOException {
        PROVIDER_CHECK.setLevel(java.util.logging.Level.SEVERE);
        ResourceConfig app = new ResourceConfig()
                .register(new Endpoint(this))
                .register(new WfmCallbacks(cipher))
                .register(JacksonFeature.withoutExceptionMappers())
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
        server = JerseyServer.start(app, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), ServerLimits.defaults().threads(8),
                ErrorBody.PLAIN, line -> { });
    }

    static ScriptedWfm start(String secret) throws IOException, dev.wfi.callback.crypto.CallbackRejectedException {
        return new ScriptedWfm(CallbackCipher.forSecret(secret));
    }

    /** The integration's {@code url}. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    ScriptedWfm deciding(Function<WfmRequestItem, Integer> decision) {
        decide = decision;
        return this;
    }

    ScriptedWfm offering(Function<WfmRequestItem, List<String>> ids) {
        eligible = ids;
        return this;
    }

    /** The calls received so far, oldest first; {@code /connect} left out. */
    List<Call> calls() {
        return new ArrayList<>(calls);
    }

    void forget() {
        calls.clear();
    }

    @Override
    public void close() {
        server.close();
    }

    /** The endpoints under {@code {url}/v1}, answering as the test scripted. */
    @jakarta.ws.rs.Path("/v1")
    static final class Endpoint implements WfmApi {
        private final ScriptedWfm wfm;

        Endpoint(ScriptedWfm wfm) {
            this.wfm = wfm;
        }

        @Override
        public void connect(ConnectRequest connectRequest, String acceptLanguage) {
            // every registration is accepted
        }

        @Override
        public WfmBatchResponse updateTeam(String teamId, WfmBatchRequest batch, String passthrough, String acceptLanguage) {
            wfm.calls.add(new Call("update", teamId, passthrough, batch.getRequests()));
            List<WfmResponseItem> answers = new ArrayList<>();
            for (WfmRequestItem item : batch.getRequests()) {
                int status = wfm.decide.apply(item);
                WfmResponseItem answer = new WfmResponseItem().id(item.getId()).status(status);
                if (status != 200) {
                    answer.body(new WfmResponseBody().error(new WfmResponseError().code("wfmRule").message("not in this WFM")));
                }
                answers.add(answer);
            }
            return new WfmBatchResponse().responses(answers);
        }

        @Override
        public WfmBatchResponse readTeam(String teamId, WfmBatchRequest batch, String passthrough, String acceptLanguage) {
            wfm.calls.add(new Call("read", teamId, passthrough, batch.getRequests()));
            return new WfmBatchResponse().responses(batch.getRequests().stream()
                    .map(item -> new WfmResponseItem().id(item.getId()).status(200).body(new WfmResponseBody().data(wfm.eligible.apply(item))))
                    .toList());
        }
    }
}
