package dev.wfi.callback.jetty;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection whose request headers have not all arrived within the timeout. Jetty parses headers without
 * holding a thread, and its idle timeout catches a client that stops; this catches one that trickles a byte now and
 * then, which would otherwise keep a connection for hours. Checked a few times per timeout, so a connection is
 * closed between one and one and a quarter timeouts after its request began.
 */
final class HeaderDeadline extends AbstractLifeCycle {

    private final ServerConnector connector;
    private final long timeoutNanos;
    private final long periodMillis;
    private Scheduler.Task task;

    HeaderDeadline(ServerConnector connector, Duration timeout) {
        this.connector = connector;
        this.timeoutNanos = timeout.toNanos();
        this.periodMillis = Math.max(50, timeout.toMillis() / 4);
    }

    @Override
    protected void doStart() {
        schedule();
    }

    @Override
    protected void doStop() {
        if (task != null) {
            task.cancel();
        }
    }

    private void schedule() {
        task = connector.getScheduler().schedule(this::check, periodMillis, TimeUnit.MILLISECONDS);
    }

    private void check() {
        long now = System.nanoTime();
        for (EndPoint endPoint : connector.getConnectedEndPoints()) {
            // HttpConnection is in an internal package of Jetty 12, but it is the one place that knows the parser's state
            if (endPoint.getConnection() instanceof HttpConnection http) {
                HttpParser parser = http.getParser();
                if (parser.inHeaderState() && !parser.isStart() && now - parser.getBeginNanoTime() > timeoutNanos) {
                    endPoint.close();
                }
            }
        }
        if (isRunning()) {
            schedule();
        }
    }
}
