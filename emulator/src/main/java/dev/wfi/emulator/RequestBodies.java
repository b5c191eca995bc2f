package dev.wfi.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Reads request bodies before the resource does, because a PATCH must know which properties were sent
 * (the generated model cannot tell "absent" from null) and because every body is checked by the contract
 * first: a workforceIntegration's by {@link EntityBody}, a Shifts API body by the rule of {@link ScheduleBodies}.
 * Bodies are bounded: a workforceIntegration is under a kilobyte, so its limit is small
 * ({@link #MAX_INTEGRATION_BYTES}), and every body over the emulator's limit is refused unread with 413.
 * The stub's model parameter is bound from the checked body ({@link CheckedBodies}), not read again.
 */
@Priority(Priorities.USER)
final class RequestBodies implements ContainerRequestFilter {

    static final String SUPPLIED = RequestBodies.class.getName() + ".supplied";
    /** The body as parsed, before it is checked: what an error message must not repeat ({@link RequestEcho}). */
    static final String PARSED = RequestBodies.class.getName() + ".parsed";
    static final int MAX_INTEGRATION_BYTES = 64 * 1024;

    private final EntityBody integrations;
    private final ScheduleBodies schedules;
    private final int maxBodyBytes;

    RequestBodies(EntityBody integrations, ScheduleBodies schedules, int maxBodyBytes) {
        this.integrations = integrations;
        this.schedules = schedules;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String operation = ScopeCheck.operation(request);
        boolean integration = operation.equals("createWorkforceIntegration") || operation.equals("updateWorkforceIntegration");
        ScheduleBodies.Rule schedule = integration ? null : schedules.rule(operation, request.getUriInfo()).orElse(null);
        if (!integration && schedule == null && !operation.equals(EmulatorResource.SIMULATE)) {
            return;
        }
        byte[] bytes = read(request, integration ? Math.min(MAX_INTEGRATION_BYTES, maxBodyBytes) : maxBodyBytes);
        if (bytes.length == 0) {
            if (integration || schedule != null) {
                String schema = integration ? EntityBody.INTEGRATION : schedule.body().schema();
                throw GraphError.badRequest("The body is empty; expected a " + schema + " in JSON.", null);
            }
            return; // simulate without a body: the default change
        }
        JsonNode body = parse(bytes);
        request.setProperty(PARSED, body);
        if (integration || schedule != null) {
            boolean preferUnknown = Prefer.includesUnknownEnumMembers(request.getHeaders().get("Prefer"));
            String version = Versions.of(request.getUriInfo());
            ObjectNode checked = integration ? integrations.check(body, version, preferUnknown)
                    : schedule.body().check(body, version, preferUnknown, schedule.readOnly());
            request.setProperty(SUPPLIED, checked); // the stub's model parameter is bound from it: see CheckedBodies
        } else {
            request.setProperty(SUPPLIED, body);
        }
    }

    static JsonNode supplied(ContainerRequestContext request) {
        return (JsonNode) request.getProperty(SUPPLIED);
    }

    private static byte[] read(ContainerRequestContext request, int limit) throws IOException {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        int expected = limit;
        if (declared != null) {
            try {
                long length = Long.parseLong(declared.strip());
                if (length > limit) {
                    throw GraphError.tooLarge(limit);
                }
                expected = (int) Math.max(length, 0); // the buffer for a small body is small; a longer one is still caught
            } catch (NumberFormatException malformed) {
                throw GraphError.badRequest("Content-Length is not a number.", "Content-Length");
            }
        }
        InputStream in = request.getEntityStream();
        byte[] bytes = in == null ? new byte[0] : in.readNBytes(expected + 1);
        if (bytes.length > limit) {
            throw GraphError.tooLarge(limit);
        }
        return bytes;
    }

    /**
     * Jackson's messages can quote the body (a secret among it), so only the position is reported. The bytes are
     * checked to be UTF-8 first: Jackson decodes an overlong form ({@code C0 AF} as {@code /}), which a check made on
     * the text could then miss.
     */
    private static JsonNode parse(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw GraphError.badRequest("The body is not UTF-8 (a malformed, overlong or surrogate byte sequence).", null);
        }
        try {
            JsonNode node = Json.MAPPER.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw GraphError.badRequest("The body is empty; expected JSON.", null);
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw GraphError.badRequest("The body exceeds the parser's limits (nesting deeper than "
                    + Json.MAX_NESTING_DEPTH + " levels, or a number or string too long).", null);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            String what = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                    ? "a property appears twice" : "malformed JSON";
            throw GraphError.badRequest("The body is not valid JSON: " + what + where + ".", null);
        } catch (IOException e) {
            throw GraphError.badRequest("The body cannot be read.", null);
        }
    }
}
