package dev.wfi.callback.jetty;

import java.util.function.Consumer;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.jetty.io.EofException;

/**
 * One log line, not Jersey's 30-line trace, when a client closes its connection before reading its answer: that is
 * the client's choice, not a server failure. Jersey logs it as SEVERE with the stack from the thread that wrote the
 * answer; the server's thread has said, for the request it runs, where its own log lines go.
 */
final class ClientGone implements Filter {

    /** Held so that the logger, and the filter set on it, outlive the class that set it. */
    private static final Logger RESPONDER = Logger.getLogger("org.glassfish.jersey.server.ServerRuntime$Responder");
    private static final ThreadLocal<Exchange> CURRENT = new ThreadLocal<>();

    /** The request a thread is running and where its log lines go. */
    record Exchange(String method, String path, Consumer<String> log) {
    }

    private final Filter next;

    private ClientGone(Filter next) {
        this.next = next;
    }

    /** Installs the filter once per JVM (every server shares Jersey's logger). */
    static synchronized void install() {
        if (!(RESPONDER.getFilter() instanceof ClientGone)) {
            RESPONDER.setFilter(new ClientGone(RESPONDER.getFilter()));
        }
    }

    /** Runs {@code work} with its log lines about a vanished client going to {@code exchange.log()}. */
    static void during(Exchange exchange, ThrowingRunnable work) throws Exception {
        Exchange outer = CURRENT.get();
        CURRENT.set(exchange);
        try {
            work.run();
        } finally {
            CURRENT.set(outer);
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        Exchange exchange = CURRENT.get();
        if (exchange != null && clientGone(record.getThrown())) {
            String path = exchange.path().length() > 200 ? exchange.path().substring(0, 200) + "..." : exchange.path();
            exchange.log().accept(exchange.method() + " " + path + ": the client closed the connection before reading the answer");
            return false;
        }
        return next == null || next.isLoggable(record);
    }

    private static boolean clientGone(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EofException) {
                return true;
            }
        }
        return false;
    }
}
