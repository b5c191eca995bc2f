package dev.wfi.callback.jetty;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glassfish.jersey.jetty.JettyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * A Jersey application on Jetty, safe to face slow and malformed clients: headers are parsed without holding a
 * thread and must arrive within the request timeout ({@link HeaderDeadline}); a body is read in full, again without
 * a thread, before the application runs, within the same timeout and size ({@link WholeBodies}); every refusal
 * Jetty makes itself (a malformed request 400, a late one 408, 413, a long URI 414, long headers 431) is a JSON
 * body ({@link JsonErrors}); a client that leaves before reading its answer is one line in {@code log}, not Jersey's
 * stack trace ({@link ClientGone}). So clients that send slowly, however many, delay no one else.
 * <pre>
 * try (JerseyServer server = JerseyServer.start(app, new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080),
 *         ServerLimits.defaults(), ErrorBody.PLAIN, System.err::println)) { ... }
 * </pre>
 */
public final class JerseyServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;

    private JerseyServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Starts serving {@code application} at {@code address} (port 0: any free port), at the root: resources carry
     * their whole path.
     *
     * @param log receives one line per event worth an operator's attention (a client gone before its answer)
     * @throws BindException when the port is in use
     * @throws IOException when the server cannot start otherwise
     */
    public static JerseyServer start(ResourceConfig application, InetSocketAddress address, ServerLimits limits, ErrorBody errors,
            Consumer<String> log) throws IOException {
        return start(port -> application, address, limits, errors, log);
    }

    /**
     * Starts serving the application made for the port it listens on (for one that writes absolute URLs).
     *
     * @throws BindException when the port is in use
     * @throws IOException when the server cannot start otherwise
     */
    public static JerseyServer start(IntFunction<ResourceConfig> applicationForPort, InetSocketAddress address, ServerLimits limits,
            ErrorBody errors, Consumer<String> log) throws IOException {
        ClientGone.install();
        // one acceptor and one selector, whatever the machine's cores, beside the threads that run requests
        QueuedThreadPool threads = new QueuedThreadPool(limits.threads() + 2, 4);
        threads.setName("jersey-server");
        threads.setDaemon(true);
        threads.setReservedThreads(0);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(limits.maxHeaderBytes());
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getHostString());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(limits.requestTimeout().toMillis());
        server.addConnector(connector);
        server.addBean(new HeaderDeadline(connector, limits.requestTimeout()));
        server.setErrorHandler(new JsonErrors(limits, errors));
        try {
            connector.open(); // binds now, so that the application can know its port
            ResourceConfig application = applicationForPort.apply(connector.getLocalPort());
            // at the root: Jersey's Jetty container does not take a context path into account
            server.setHandler(new WholeBodies(ContainerFactory.createContainer(JettyHttpContainer.class, application), limits, log));
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            throw e.getCause() instanceof BindException bind ? bind : e;
        } catch (RuntimeException e) {
            stopQuietly(server);
            throw e;
        } catch (Exception e) {
            stopQuietly(server);
            throw new IOException("the server did not start: " + e.getMessage(), e);
        }
        return new JerseyServer(server, connector);
    }

    /** The port it listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** Stops at once: connections are closed, requests under way are abandoned. */
    @Override
    public void close() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.setStopTimeout(0);
            server.stop();
        } catch (Exception ignored) {
            // stopping: nothing left to do about it
        }
    }
}
