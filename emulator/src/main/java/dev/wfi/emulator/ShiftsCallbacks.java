package dev.wfi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.callback.crypto.CallbackCipher;
import dev.wfi.callback.crypto.CallbackRejectedException;
import dev.wfi.callback.shifts.ShiftsCall;
import dev.wfi.callback.shifts.ShiftsClient;
import dev.wfi.callback.shifts.WfmAnswer;
import dev.wfi.models.model.WorkforceIntegrationSupportedEntities;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calls Shifts makes to an integration's {@code url}: encrypted with its secret by the callback kit,
 * sent only to loopback hosts ({@link Loopback}) by the kit's {@link ShiftsClient}: no redirects, answers bounded
 * in size and time.
 */
final class ShiftsCallbacks {

    /** {@code {url}/v{apiVersion}}, null when there is none, and why {@code /connect} is not called there, null when it is. */
    private record Endpoint(URI base, String skip) {
    }

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int SKIPS_REMEMBERED = 1024;
    private static final int ENDPOINTS_REMEMBERED = 1024;

    private final ShiftsClient client = new ShiftsClient(TIMEOUT, ShiftsClient.DEFAULT_MAX_ANSWER_BYTES);
    private final ServerLog log;
    /** By apiVersion and url; cleared when full, since clients choose the urls. */
    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();
    /** The last skip logged for each integration, for the most recently skipped ones. */
    private final Map<String, String> skipsLogged = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > SKIPS_REMEMBERED;
        }
    };

    ShiftsCallbacks(ServerLog log) {
        this.log = log;
    }

    /**
     * Tests an active integration's endpoint as Graph does before it stores a create or an update.
     * Decision: a loopback endpoint that does not answer 200, or cannot be reached, makes the request a
     * 400 naming {@code url} (the contract: create "only succeeds when that answers 200"); a non-loopback
     * one is not called, and the request succeeds with the skip stated in the log and a header.
     *
     * @return what happened, for the {@code X-Wfi-Emulator-Connect} header; null for an inactive integration
     * @throws GraphError 400 when the endpoint refuses, or cannot be called for want of a valid secret
     */
    String connect(ObjectNode integration) {
        if (!integration.path("isActive").asBoolean(false)) {
            return null;
        }
        String id = integration.path("id").asText();
        Endpoint endpoint = endpoint(integration);
        if (endpoint.skip() != null) {
            skipped(id, endpoint.skip());
            return endpoint.base() == null ? "skipped (no url)" : "skipped (not loopback)";
        }
        URI url = URI.create(endpoint.base() + "/connect");
        ShiftsCall call = ShiftsCall.connect(Json.MAPPER.createObjectNode()
                .put("tenantId", EmulatorIdentity.TENANT_ID).put("userId", EmulatorIdentity.USER_ID), false);
        CallbackCipher cipher = cipher(integration).orElseThrow(() -> GraphError.badRequest(
                "encryption.secret: an active integration needs a secret of 64 characters (64 bytes of UTF-8) to encrypt the /connect call.",
                "encryption.secret"));
        WfmAnswer answer;
        try {
            answer = send(endpoint.base(), cipher, call);
        } catch (IOException e) {
            log.line("integration " + id + ": POST " + shown(url) + " failed: " + ShiftsClient.describe(e));
            throw GraphError.badRequest("url: POST " + shown(url) + " failed (" + ShiftsClient.describe(e)
                    + "); Shifts registers an integration only when /connect answers 200.", "url");
        }
        log.line("integration " + id + ": POST " + shown(url) + " answered " + answer.status());
        if (answer.cut()) {
            throw GraphError.badRequest("url: POST " + shown(url) + " answered with more than " + answer.limit()
                    + " bytes, which were not read further; Shifts registers an integration only when /connect answers 200.", "url");
        }
        if (answer.status() != 200) {
            throw GraphError.badRequest("url: POST " + shown(url) + " answered " + answer.status()
                    + "; Shifts registers an integration only when /connect answers 200.", "url");
        }
        return "200 from " + shown(url);
    }

    /** Where the callbacks of an integration go, judged once for each url and apiVersion (a URI parse and a host check). */
    private Endpoint endpoint(ObjectNode integration) {
        String key = integration.path("apiVersion").asInt(1) + " " + integration.path("url").asText("");
        Endpoint known = endpoints.get(key);
        if (known != null) {
            return known;
        }
        Optional<URI> base = base(integration);
        Endpoint endpoint = base.isEmpty() ? new Endpoint(null, "no http(s) url")
                : Loopback.is(base.get()) ? new Endpoint(base.get(), null) // the same host as {base}/connect
                : new Endpoint(base.get(), base.get().getHost() + " is not a loopback address");
        if (endpoints.size() >= ENDPOINTS_REMEMBERED) {
            endpoints.clear();
        }
        endpoints.put(key, endpoint);
        return endpoint;
    }

    /**
     * Logs that {@code /connect} was not called, once for each integration and reason: a client that updates an
     * integration in a loop would otherwise fill the log with the same line (the answer's header still says it).
     */
    private void skipped(String id, String reason) {
        String line = "integration " + id + ": /connect not called: " + reason;
        boolean first;
        synchronized (skipsLogged) {
            first = !line.equals(skipsLogged.put(id, line));
        }
        if (first) {
            log.line(line + " (said once until the reason changes)");
        }
    }

    /** Sends one call to a loopback endpoint; the answer is bounded in size and time ({@link ShiftsClient}). */
    WfmAnswer send(URI base, CallbackCipher cipher, ShiftsCall call) throws IOException {
        if (!Loopback.is(base)) {
            throw new IllegalArgumentException("refusing a callback to a non-loopback host");
        }
        return client.send(base, cipher, call);
    }

    /**
     * Why Shifts' update and read callbacks are not sent to an integration (inactive, not on loopback, no usable
     * secret), or null when they are.
     */
    static String updateSkipReason(JsonNode integration) {
        if (!integration.path("isActive").asBoolean(false)) {
            return "inactive";
        }
        Optional<URI> base = base(integration);
        if (base.isEmpty() || !Loopback.is(base.get())) {
            return "not loopback (the emulator calls only this machine)";
        }
        if (cipher(integration).isEmpty()) {
            return "no encryption.secret of 64 bytes";
        }
        return null;
    }

    /** Whether the integration's {@code supportedEntities} names {@code member} (a null member: no integration is asked). */
    static boolean supports(JsonNode integration, String member) {
        WorkforceIntegrationSupportedEntities.Member known = member == null ? null : WorkforceIntegrationSupportedEntities.Member.lookup(member);
        return known != null && WorkforceIntegrationSupportedEntities.fromValue(integration.path("supportedEntities").asText("none"))
                .contains(known);
    }

    /** {@code {url}/v{apiVersion}} without a trailing slash; apiVersion 1 when unset, as the contract advises to start. */
    static Optional<URI> base(JsonNode integration) {
        String url = integration.path("url").asText("");
        if (url.isEmpty()) {
            return Optional.empty();
        }
        try {
            int end = url.length();
            while (end > 0 && url.charAt(end - 1) == '/') {
                end--;
            }
            URI base = URI.create(url.substring(0, end) + "/v" + integration.path("apiVersion").asInt(1));
            return base.getHost() == null ? Optional.empty() : Optional.of(base);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<CallbackCipher> cipher(JsonNode integration) {
        JsonNode secret = integration.path("encryption").path("secret");
        if (!secret.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CallbackCipher.forSecret(secret.asText()));
        } catch (CallbackRejectedException e) {
            return Optional.empty();
        }
    }

    /** The URL for logs and messages: no user info, query or fragment, which could hold credentials. */
    static String shown(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort()) + url.getRawPath();
    }
}
