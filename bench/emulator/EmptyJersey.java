import dev.wfi.callback.jetty.ErrorBody;
import dev.wfi.callback.jetty.JerseyServer;
import dev.wfi.callback.jetty.ServerLimits;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The floor under the emulator: Jersey on the emulator's own stack (the callback kit's {@code JerseyServer}: Jetty on
 * 127.0.0.1, 32 request threads, whole bodies read before Jersey) with one resource that does nothing, GET
 * and PATCH of {@code /v1.0/teamwork/workforceIntegrations/{id}} answering fixed bytes the size of the
 * emulator's answer. No filters, no validation, no JSON mapping: what is left is Jersey and the container.
 *
 * <pre>
 * java -cp cli/target/wfi.jar bench/emulator/EmptyJersey.java PORT
 * </pre>
 * Run by bench/emulator.sh; never part of the test run.
 */
public final class EmptyJersey {
    /** The emulator's GET answer for bench/emulator.sh's integration, with fixed id and times. */
    static final byte[] ANSWER = ("{\"@odata.context\":\"http://127.0.0.1:8080/v1.0/$metadata#teamwork/workforceIntegrations/$entity\","
            + "\"id\":\"ef09dca8-8629-4426-bf2a-2c5d5f43ed2c\",\"createdBy\":{\"application\":{\"id\":\"2d4e6f80-9a1b-4c3d-8e5f-a0b1c2d3e4f5\","
            + "\"displayName\":\"wfi emulator client\"},\"device\":null,\"user\":null},\"createdDateTime\":\"2026-11-23T23:08:55.5770650Z\","
            + "\"lastModifiedBy\":{\"application\":{\"id\":\"2d4e6f80-9a1b-4c3d-8e5f-a0b1c2d3e4f5\",\"displayName\":\"wfi emulator client\"},"
            + "\"device\":null,\"user\":null},\"lastModifiedDateTime\":\"2026-11-23T23:08:55.5770650Z\",\"apiVersion\":1,"
            + "\"displayName\":\"bench\",\"encryption\":{\"protocol\":\"sharedSecret\",\"secret\":null},\"isActive\":true,"
            + "\"url\":\"https://wfm.example.com/bench\",\"supportedEntities\":\"shift,swapRequest\","
            + "\"eligibilityFilteringEnabledEntities\":null}").getBytes(StandardCharsets.UTF_8);

    @Path("{version: v1\\.0|beta}/teamwork/workforceIntegrations/{id}")
    public static final class Integration {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public byte[] get(@PathParam("id") String id) {
            return ANSWER;
        }

        @PATCH
        @Produces(MediaType.APPLICATION_JSON)
        public byte[] patch(@PathParam("id") String id, byte[] body) {
            return ANSWER;
        }
    }

    public static void main(String[] args) throws Exception {
        JerseyServer server = JerseyServer.start(new ResourceConfig().register(Integration.class).property(ServerProperties.WADL_FEATURE_DISABLE, true),
                new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), Integer.parseInt(args[0])),
                ServerLimits.defaults().maxBodyBytes(1 << 20), ErrorBody.PLAIN, System.err::println); // as the emulator configures it
        System.out.println("empty Jersey app: http://127.0.0.1:" + server.port() + "/v1.0/");
    }
}
