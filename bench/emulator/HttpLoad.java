import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Closed-loop HTTP/1.1 load on loopback: N connections, each a thread that sends one request, reads the whole
 * response and sends the next (keep-alive, raw sockets, so the driver costs little of the two cores it shares
 * with the servers). Every target and operation is warmed up first ({@code --warmup} seconds each, in two
 * rounds), all of them before any is measured, so that a measured run does not share the cores with a server's
 * JIT still compiling its path (a JVM server compiles for a minute of load here); then each gets the same
 * measured run. Prints requests/s, p50, p99, max and, for a server whose pid is given, its CPU time per
 * request (on a shared machine the steadier figure), and the ratio of each target to the baseline.
 *
 * <pre>
 * java bench/emulator/HttpLoad.java --token T --connections 16 --seconds 10 --warmup 20 --max-requests 1000000 \
 *     [--goal-ratio 10 --goal-p99-ms 5] --baseline prism [--pid emulator=PID] \
 *     --target emulator=http://127.0.0.1:P/v1.0/teamwork/workforceIntegrations/ID \
 *     --target prism=http://127.0.0.1:Q/teamwork/workforceIntegrations/ID
 * </pre>
 * Only loopback addresses are accepted. Run by bench/emulator.sh; never part of the test run.
 */
public final class HttpLoad {
    private static final String PATCH_BODY = "{\"displayName\":\"bench\"}";

    record Op(String name, String method, String body) { }

    /** {@code cpuNanos} is the server's CPU time over the run, or -1 when its pid is not known. */
    record Result(long requests, long failures, String firstFailure, double seconds, long[] latenciesNanos,
            long cpuNanos) {
        double perSecond() { return requests / seconds; }

        double cpuMicrosPerRequest() { return cpuNanos < 0 || requests == 0 ? Double.NaN : cpuNanos / 1e3 / requests; }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) return Double.NaN;
            int index = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, URI> targets = new LinkedHashMap<>();
        Map<String, Long> pids = new LinkedHashMap<>();
        String baseline = null;
        String token = null;
        int connections = 16;
        double seconds = 10;
        double warmup = 5;
        int maxRequests = 1_000_000;
        double goalRatio = Double.NaN;
        double goalP99 = Double.NaN;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--target" -> {
                    int eq = value.indexOf('=');
                    targets.put(value.substring(0, eq), URI.create(value.substring(eq + 1)));
                }
                case "--pid" -> {
                    int eq = value.indexOf('=');
                    pids.put(value.substring(0, eq), Long.parseLong(value.substring(eq + 1)));
                }
                case "--baseline" -> baseline = value;
                case "--token" -> token = value;
                case "--connections" -> connections = Integer.parseInt(value);
                case "--seconds" -> seconds = Double.parseDouble(value);
                case "--warmup" -> warmup = Double.parseDouble(value);
                case "--max-requests" -> maxRequests = Integer.parseInt(value);
                case "--goal-ratio" -> goalRatio = Double.parseDouble(value);
                case "--goal-p99-ms" -> goalP99 = Double.parseDouble(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        if (targets.isEmpty() || token == null) {
            throw new IllegalArgumentException("usage: HttpLoad --token T --target NAME=URL [--target NAME=URL]...");
        }
        if (baseline == null) {
            baseline = targets.keySet().iterator().next();
        } else if (!targets.containsKey(baseline)) {
            throw new IllegalArgumentException("--baseline " + baseline + " is not one of the targets " + targets.keySet());
        }
        for (URI uri : targets.values()) {
            if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException(uri + ": only loopback targets are allowed");
            }
        }

        List<Op> ops = List.of(new Op("get", "GET", null), new Op("patch", "PATCH", PATCH_BODY));
        Map<String, Map<String, Result>> results = new LinkedHashMap<>();
        // two rounds: a server's queued compilations finish while the others are loaded, and the second round
        // drives the code they were compiled from again
        for (int round = 0; round < 2; round++) {
            for (URI uri : targets.values()) {
                for (Op op : ops) {
                    run(uri, op, token, connections, warmup / 2, maxRequests, -1);
                }
            }
        }
        for (Map.Entry<String, URI> target : targets.entrySet()) {
            for (Op op : ops) {
                Result result = run(target.getValue(), op, token, connections, seconds, maxRequests,
                        pids.getOrDefault(target.getKey(), -1L));
                results.computeIfAbsent(target.getKey(), k -> new LinkedHashMap<>()).put(op.name(), result);
            }
        }
        print(results, ops, baseline, connections, goalRatio, goalP99);
        boolean failed = results.values().stream().flatMap(m -> m.values().stream()).anyMatch(r -> r.failures() > 0);
        System.exit(failed ? 1 : 0);
    }

    static void print(Map<String, Map<String, Result>> results, List<Op> ops, String baseline, int connections,
            double goalRatio, double goalP99) {
        System.out.printf(Locale.ROOT, "%-12s %-6s %10s %12s %9s %9s %9s %12s %9s%n",
                "target", "op", "requests", "requests/s", "p50 ms", "p99 ms", "max ms", "cpu us/req", "failures");
        for (Map.Entry<String, Map<String, Result>> target : results.entrySet()) {
            for (Op op : ops) {
                Result r = target.getValue().get(op.name());
                System.out.printf(Locale.ROOT, "%-12s %-6s %10d %12.0f %9.2f %9.2f %9.2f %12s %9d%n", target.getKey(),
                        op.name(), r.requests(), r.perSecond(), r.percentileMillis(50), r.percentileMillis(99),
                        r.percentileMillis(100), Double.isNaN(r.cpuMicrosPerRequest()) ? "-"
                                : String.format(Locale.ROOT, "%.0f", r.cpuMicrosPerRequest()), r.failures());
                if (r.firstFailure() != null) System.out.println("    first failure: " + r.firstFailure());
            }
        }
        for (String name : results.keySet()) {
            if (name.equals(baseline)) continue;
            for (Op op : ops) {
                Result result = results.get(name).get(op.name());
                Result base = results.get(baseline).get(op.name());
                double ratio = result.perSecond() / base.perSecond();
                System.out.printf(Locale.ROOT, "%s %s/%s: %.1fx requests/s, p99 %.2f ms vs %.2f ms (%d connections)",
                        op.name(), name, baseline, ratio, result.percentileMillis(99),
                        base.percentileMillis(99), connections);
                if (!Double.isNaN(goalRatio) && !Double.isNaN(goalP99)) {
                    boolean met = ratio >= goalRatio && result.percentileMillis(99) < goalP99;
                    System.out.printf(Locale.ROOT, "; goal %.0fx with p99 under %.0f ms: %s", goalRatio, goalP99,
                            met ? "met" : "not met");
                }
                System.out.println();
            }
        }
    }

    static Result run(URI uri, Op op, String token, int connections, double seconds, int maxRequests, long pid)
            throws InterruptedException {
        byte[] request = request(uri, op, token);
        int perWorker = Math.max(1, maxRequests / connections);
        Worker[] workers = new Worker[connections];
        CountDownLatch ready = new CountDownLatch(connections);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        for (int i = 0; i < connections; i++) {
            workers[i] = new Worker(uri, request, perWorker, ready, go);
            workers[i].start();
        }
        ready.await();
        long cpuBefore = cpuNanos(pid);
        window[0] = System.nanoTime();
        long deadline = window[0] + (long) (seconds * 1e9);
        for (Worker w : workers) w.deadline = deadline;
        go.countDown();
        for (Worker w : workers) w.join();
        window[1] = System.nanoTime();
        long cpuAfter = cpuNanos(pid);

        long requests = 0;
        long failures = 0;
        String firstFailure = null;
        for (Worker w : workers) {
            requests += w.count;
            failures += w.failures;
            if (firstFailure == null) firstFailure = w.firstFailure;
        }
        long[] all = new long[(int) requests];
        int at = 0;
        for (Worker w : workers) {
            System.arraycopy(w.latencies, 0, all, at, w.count);
            at += w.count;
        }
        Arrays.sort(all);
        return new Result(requests, failures, firstFailure, (window[1] - window[0]) / 1e9, all,
                cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore);
    }

    /**
     * User plus system CPU time of process {@code pid} and its threads so far, from /proc (Linux), or -1. The
     * clock tick is taken as 100 Hz, Linux's USER_HZ on every architecture the JDK runs on.
     */
    static long cpuNanos(long pid) {
        if (pid < 0) return -1;
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the command name, in parentheses, may hold spaces; fields are counted after its closing one
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            return ticks * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static byte[] request(URI uri, Op op, String token) {
        StringBuilder head = new StringBuilder()
                .append(op.method()).append(' ').append(uri.getRawPath())
                .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n")
                .append("Authorization: Bearer ").append(token).append("\r\n")
                .append("Accept: application/json\r\n");
        byte[] body = op.body() == null ? new byte[0] : op.body().getBytes(StandardCharsets.UTF_8);
        if (op.body() != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    static final class Worker extends Thread {
        private final URI uri;
        private final byte[] request;
        private final CountDownLatch ready;
        private final CountDownLatch go;
        final long[] latencies;
        volatile long deadline;
        int count;
        long failures;
        String firstFailure;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Worker(URI uri, byte[] request, int capacity, CountDownLatch ready, CountDownLatch go) {
            this.uri = uri;
            this.request = request;
            this.latencies = new long[capacity];
            this.ready = ready;
            this.go = go;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                connect();
                ready.countDown();
                go.await();
                while (count < latencies.length) {
                    long start = System.nanoTime();
                    if (start >= deadline) break;
                    out.write(request);
                    out.flush();
                    int status = readResponse();
                    latencies[count++] = System.nanoTime() - start;
                    if (status < 200 || status > 299) fail("HTTP " + status);
                }
            } catch (IOException | RuntimeException e) {
                fail(e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                ready.countDown(); // a worker that failed to connect must not hold the others back
                close();
            }
        }

        private void fail(String why) {
            if (failures++ == 0) firstFailure = uri + ": " + why;
        }

        private void connect() throws IOException {
            close();
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }

        private void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing after the run; nothing to report
                }
            }
        }

        /** Reads status line, headers and body (Content-Length or chunked); reconnects when the server closes. */
        private int readResponse() throws IOException {
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.contains("chunked");
                    case "connection" -> close = value.contains("close");
                    default -> { }
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                     size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length > 0) {
                skip(length);
            } else if (length < 0 && status != 204 && status != 304) {
                throw new IOException("response without length");
            }
            if (close) connect();
            return status;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) throw new EOFException("connection closed by the server");
                if (c != '\r') line.append((char) c);
            }
            return line.toString();
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                long skipped = in.skip(n);
                if (skipped <= 0) {
                    if (in.read() < 0) throw new EOFException("connection closed in a body");
                    skipped = 1;
                }
                n -= skipped;
            }
        }
    }
}
